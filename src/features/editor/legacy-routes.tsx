/**
 * Uploading old-site pages (admins only):
 *   GET  /{lang}/editor/import   the upload form
 *   POST /{lang}/editor/import   multipart "pages" (one or more .txt files) → the per-file report
 * The same importer as `wiki import-legacy`; each page is a new revision by the admin.
 */
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "../../app-env.js";
import { AppError } from "../../platform/errors.js";
import { renderDocument } from "../../ui/layout.js";
import { editorSession, requireEditor } from "../auth/guard.js";
import type { SignedInEditor } from "../auth/sessions.js";
import { importLegacyPages, MAX_LEGACY_PAGE_BYTES } from "../legacy-import/import-legacy.js";
import { contentMayChange } from "./routes.js";
import { ImportView } from "./views/import.js";

/** A few hundred old pages at once; more is better done with the command line. */
const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
const MAX_FILES = 500;

export function legacyImportRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use("/:lang{en|zh}/editor/import", editorSession(), requireEditor("admin"), contentMayChange);

  app.get("/:lang{en|zh}/editor/import", (c) =>
    c.html(renderDocument(<ImportView ctx={c.get("page")} editor={c.get("editor") as SignedInEditor} />)),
  );

  app.post(
    "/:lang{en|zh}/editor/import",
    bodyLimit({
      maxSize: MAX_UPLOAD_BYTES,
      onError: () => {
        throw new AppError("upload_too_large", 413);
      },
    }),
    async (c) => {
      const editor = c.get("editor") as SignedInEditor;
      const ctx = c.get("page");
      let body: Record<string, unknown>;
      try {
        body = await c.req.parseBody({ all: true });
      } catch (error) {
        throw new AppError("bad_request", 400, "unreadable upload", { cause: error });
      }
      const given = body.pages;
      const files = (Array.isArray(given) ? given : given ? [given] : []).filter((f): f is File => f instanceof File && f.size > 0);
      if (files.length === 0 || files.length > MAX_FILES) {
        return c.html(
          renderDocument(
            <ImportView ctx={ctx} editor={editor} error={ctx.t(files.length === 0 ? "legacy.noFiles" : "legacy.tooMany", { max: MAX_FILES })} />,
          ),
          400,
        );
      }
      // Never more than the limit plus one byte is read: an oversized page still fails the importer's size check.
      const pages = await Promise.all(
        files.map(async (f) => ({ name: f.name || "page.txt", text: await f.slice(0, MAX_LEGACY_PAGE_BYTES + 1).text() })),
      );
      const reports = await importLegacyPages(c.get("deps").db, pages, {
        draft: body.draft === "yes",
        authorship: { authorId: editor.id, authorLabel: editor.email, action: "import" },
      });
      return c.html(renderDocument(<ImportView ctx={ctx} editor={editor} reports={reports} />));
    },
  );
  return app;
}
