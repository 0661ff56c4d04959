import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../../../test/db.js";
import { postForm, signInAs } from "../../../test/editor.js";
import { createTestSite, SAME_ORIGIN, type TestSite } from "../../../test/site.js";

const article = {
  articleLang: "en",
  title: "A pause that promises a return",
  slug: "pause-that-promises-a-return",
  series: "silent-treatment-and-repair",
  installment: "40",
  summary: "How to step away from a heated talk without leaving your partner alone with it.",
  tags: "pause, repair",
  quotes: "I need twenty minutes, and I will come back at eight.",
  faq_q_0: "Is a pause the same as the silent treatment?",
  faq_a_0: "No. A pause says when you will return.",
  body: "## Why a pause helps\n\nWhen both hearts race, nobody hears well. Quillwort breathing helps.\n\n## How to ask for one\n\nName the time you will return.",
  status: "draft",
  intent: "save",
};

for (const dialect of DIALECTS) {
  describe(`editorial wiki (${dialect})`, () => {
    let site: TestSite;
    let editor: string;
    let admin: string;
    let id: number;
    beforeAll(async () => {
      site = await createTestSite(dialect);
      editor = (await signInAs(site, "ed@example.org", "editor")).cookie;
      admin = (await signInAs(site, "admin@example.org", "admin")).cookie;
    });
    afterAll(() => site.db.destroy());

    const get = (path: string, cookie = editor) => site.app.request(path, { headers: { cookie } });
    const revisions = async (articleId: number) =>
      site.db.kysely
        .selectFrom("article_revision")
        .select(["revision", "action", "author_label", "snapshot"])
        .where("article_id", "=", articleId)
        .orderBy("revision")
        .execute();
    const searchTotal = async (q: string) => (await (await site.app.request(`/api/search?q=${encodeURIComponent(q)}&lang=en`)).json()).total;

    it("sends readers to sign in and answers the API with 401; nothing is written", async () => {
      const page = await site.app.request("/en/editor/articles/new");
      expect(page.status).toBe(303);
      expect(page.headers.get("location")).toBe("/en/signin?next=%2Fen%2Feditor%2Farticles%2Fnew");
      const post = await postForm(site, "/en/editor/articles/new", "", article);
      expect(post.status).toBe(303);
      expect(await site.db.kysely.selectFrom("article").select("id").where("slug", "=", article.slug).executeTakeFirst()).toBeUndefined();
      const api = await site.app.request("/api/editor/preview", { method: "POST", headers: SAME_ORIGIN });
      expect(api.status).toBe(401);
      expect((await api.json()).error.code).toBe("unauthenticated");
    });

    it("lists articles with filters, privately", async () => {
      const res = await get("/en/editor/?lang=zh&series=attachment-and-communication&status=published");
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toBe("private, no-store");
      const html = await res.text();
      expect(html).toContain('<meta name="robots" content="noindex"/>');
      expect(html).toContain("3 articles");
      const text = await (await get("/zh/editor/?q=nothing-matches-this")).text();
      expect(text).toContain("共 0 篇文章");
      expect((await get("/en/editor/?page=zzz&status=bogus")).status).toBe(200);
    });

    it("creates a draft: stored with revision 1, not public, not searchable", async () => {
      const res = await postForm(site, "/en/editor/articles/new", editor, article);
      expect(res.status).toBe(303);
      const location = res.headers.get("location") ?? "";
      id = Number(/articles\/(\d+)/.exec(location)?.[1]);
      expect(location).toBe(`/en/editor/articles/${id}?notice=created`);
      const revs = await revisions(id);
      expect(revs.map((r) => [r.revision, r.action, r.author_label])).toEqual([[1, "create", "ed@example.org"]]);
      expect(JSON.parse(revs[0]?.snapshot ?? "{}").meta.faq).toEqual([{ q: article.faq_q_0, a: article.faq_a_0 }]);
      expect((await site.app.request(`/en/articles/${article.slug}`)).status).toBe(404);
      expect(await searchTotal("quillwort")).toBe(0);
      const editPage = await (await get(location)).text();
      expect(editPage).toContain("Article created.");
      expect(editPage).toContain(article.title);
    });

    it("rejects invalid fields with messages in the editor's language and writes nothing", async () => {
      const before = await site.db.kysely
        .selectFrom("article")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      const res = await postForm(site, "/zh/editor/articles/new", editor, { ...article, title: "", slug: "Bad Slug", installment: "four", body: "" });
      expect(res.status).toBe(400);
      const html = await res.text();
      for (const message of ["此项为必填。", "只能使用小写字母、数字和单个连字符。", "请填写整数，例如 12。"]) expect(html).toContain(message);
      expect(html).toContain('aria-invalid="true"');
      expect(html).toContain(article.summary); // what was typed is kept
      const taken = await postForm(site, "/en/editor/articles/new", editor, { ...article, installment: "41" });
      expect(taken.status).toBe(400);
      expect(await taken.text()).toContain("Another article in this language already uses this slug.");
      const after = await site.db.kysely
        .selectFrom("article")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));
    });

    it("previews with the site's renderer, with and without JavaScript", async () => {
      const noJs = await postForm(site, `/en/editor/articles/${id}`, editor, {
        ...article,
        intent: "preview",
        baseRevision: "1",
        body: "## Heading\n\n<script>alert(1)</script> **bold**",
      });
      expect(noJs.status).toBe(200);
      const html = await noJs.text();
      expect(html).toContain("<strong>bold</strong>");
      expect(html).not.toContain("<script>alert(1)");
      expect((await revisions(id)).length).toBe(1);
      const api = await site.app.request("/api/editor/preview?lang=en", {
        method: "POST",
        headers: { ...SAME_ORIGIN, cookie: editor, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ ...article, body: "Plain *soft* words" }).toString(),
      });
      expect(api.status).toBe(200);
      expect((await api.json()).html).toContain("<em>soft</em>");
    });

    it("saves a new revision, and a save over a newer revision is a conflict that keeps the editor's text", async () => {
      const first = await postForm(site, `/en/editor/articles/${id}`, editor, {
        ...article,
        title: "A pause with a time to return",
        baseRevision: "1",
      });
      expect(first.status).toBe(303);
      expect(first.headers.get("location")).toContain("notice=saved");
      const stale = await postForm(site, `/en/editor/articles/${id}`, admin, {
        ...article,
        body: `${article.body}\n\nMy careful new paragraph.`,
        baseRevision: "1",
      });
      expect(stale.status).toBe(409);
      const html = await stale.text();
      expect(html).toContain("Someone saved this article while you were editing");
      expect(html).toContain("My careful new paragraph.");
      expect(html).toContain(`/en/editor/articles/${id}/diff?from=1&amp;to=2`);
      expect((await revisions(id)).map((r) => r.revision)).toEqual([1, 2]);
      const unchanged = await postForm(site, `/en/editor/articles/${id}`, editor, {
        ...article,
        title: "A pause with a time to return",
        baseRevision: "2",
      });
      expect(unchanged.headers.get("location")).toContain("notice=unchanged");
      expect((await revisions(id)).length).toBe(2);
    });

    it("a preview or a field error keeps the revision the text was based on, so a later save still sees the conflict", async () => {
      const created = await postForm(site, "/en/editor/articles/new", editor, { ...article, slug: "based-on-one", installment: "43" });
      const other = Number(/articles\/(\d+)/.exec(created.headers.get("location") ?? "")?.[1]);
      expect(
        (
          await postForm(site, `/en/editor/articles/${other}`, admin, {
            ...article,
            slug: "based-on-one",
            installment: "43",
            title: "Admin was here",
            baseRevision: "1",
          })
        ).status,
      ).toBe(303);
      const preview = await postForm(site, `/en/editor/articles/${other}`, editor, {
        ...article,
        slug: "based-on-one",
        installment: "43",
        intent: "preview",
        baseRevision: "1",
      });
      expect(await preview.text()).toContain('name="baseRevision" value="1"');
      const invalid = await postForm(site, `/en/editor/articles/${other}`, editor, {
        ...article,
        slug: "based-on-one",
        installment: "x",
        baseRevision: "1",
      });
      expect(await invalid.text()).toContain('name="baseRevision" value="1"');
      const save = await postForm(site, `/en/editor/articles/${other}`, editor, {
        ...article,
        slug: "based-on-one",
        installment: "43",
        baseRevision: "1",
      });
      expect(save.status).toBe(409);
      expect(await save.text()).toContain('name="baseRevision" value="2"');
    });

    it("publishing updates the page, search, sitemap and feed at once; unpublishing removes it", async () => {
      const res = await postForm(site, `/en/editor/articles/${id}/publish`, editor, { baseRevision: "2" });
      expect(res.status).toBe(303);
      expect((await site.app.request(`/en/articles/${article.slug}`)).status).toBe(200);
      expect(await searchTotal("quillwort")).toBe(1);
      expect(await (await site.app.request("/sitemap.xml")).text()).toContain(article.slug);
      expect(await (await site.app.request("/en/feed.xml")).text()).toContain(article.slug);
      const stale = await postForm(site, `/en/editor/articles/${id}/unpublish`, editor, { baseRevision: "2" });
      expect(stale.headers.get("location")).toContain("notice=stale");
      const off = await postForm(site, `/en/editor/articles/${id}/unpublish`, editor, { baseRevision: "3" });
      expect(off.headers.get("location")).toContain("notice=unpublished");
      expect((await site.app.request(`/en/articles/${article.slug}`)).status).toBe(404);
      expect(await searchTotal("quillwort")).toBe(0);
      expect((await revisions(id)).map((r) => r.action)).toEqual(["create", "edit", "publish", "unpublish"]);
    });

    it("shows history and the diff between any two revisions, field by field and in the body", async () => {
      const history = await (await get(`/en/editor/articles/${id}/history`)).text();
      for (const n of [1, 2, 3, 4]) expect(history).toContain(`r${n}`);
      expect(history).toContain("ed@example.org");
      const diff = await get(`/en/editor/articles/${id}/diff?from=1&to=3`);
      expect(diff.status).toBe(200);
      const html = await diff.text();
      expect(html).toMatch(/<del>a<\/del>.*<ins>with<\/ins>|<del>[^<]*<\/del>/);
      expect(html).toContain('data-field="title"');
      expect(html).toContain('data-field="status"');
      expect((await get(`/en/editor/articles/${id}/diff?from=1&to=99`)).status).toBe(404);
      expect((await get(`/en/editor/articles/${id}/diff?from=x&to=2`)).status).toBe(400);
    });

    it("restores an earlier revision as a new revision, leaving history intact", async () => {
      const res = await postForm(site, `/en/editor/articles/${id}/restore`, editor, { revision: "1", baseRevision: "4" });
      expect(res.status).toBe(303);
      const revs = await revisions(id);
      expect(revs.map((r) => r.action)).toEqual(["create", "edit", "publish", "unpublish", "restore"]);
      expect(revs[4]?.snapshot).toBe(revs[0]?.snapshot);
      const row = await site.db.kysely.selectFrom("article").select(["title", "revision"]).where("id", "=", id).executeTakeFirstOrThrow();
      expect(row).toEqual({ title: article.title, revision: 5 });
    });

    it("a changed slug keeps the old address working with a permanent redirect", async () => {
      const row = await site.db.kysely
        .selectFrom("article")
        .select(["id", "slug", "revision"])
        .where("lang", "=", "zh")
        .where("status", "=", "published")
        .orderBy("id")
        .executeTakeFirstOrThrow();
      const edit = await get(`/zh/editor/articles/${row.id}`);
      expect(edit.status).toBe(200);
      const stored = await site.db.kysely
        .selectFrom("article_revision")
        .select("snapshot")
        .where("article_id", "=", row.id)
        .where("revision", "=", row.revision)
        .executeTakeFirstOrThrow();
      const { meta, body } = JSON.parse(stored.snapshot);
      const fields = {
        title: meta.title,
        slug: `${row.slug}-renamed`,
        series: meta.series,
        installment: String(meta.installment),
        summary: meta.summary,
        tags: meta.tags.join(", "),
        quotes: meta.quotes.join("\n\n"),
        translationOf: meta.translationOf ?? "",
        status: "published",
        published: meta.published.slice(0, 10),
        body,
        baseRevision: String(row.revision),
        intent: "save",
        ...Object.fromEntries(
          meta.faq.flatMap((f: { q: string; a: string }, i: number) => [
            [`faq_q_${i}`, f.q],
            [`faq_a_${i}`, f.a],
          ]),
        ),
      };
      const saved = await postForm(site, `/zh/editor/articles/${row.id}`, editor, fields);
      expect(saved.headers.get("location")).toContain("notice=saved");
      const old = await site.app.request(`/zh/articles/${row.slug}`);
      expect(old.status).toBe(301);
      expect(old.headers.get("location")).toBe(`/zh/articles/${row.slug}-renamed`);
      expect(old.headers.get("cache-control")).toBe("public, max-age=300, s-maxage=60");
      expect((await site.app.request(`/zh/articles/${row.slug}-renamed`)).status).toBe(200);
      // The English version named the old slug as its translation; the link follows the rename.
      expect(await (await site.app.request(`/en/articles/${row.slug}`)).text()).toContain(`/zh/articles/${row.slug}-renamed`);
      // Renaming back makes the old address live again (no redirect loop).
      const back = await postForm(site, `/zh/editor/articles/${row.id}`, editor, {
        ...fields,
        slug: row.slug,
        baseRevision: String(row.revision + 1),
      });
      expect(back.headers.get("location")).toContain("notice=saved");
      expect((await site.app.request(`/zh/articles/${row.slug}`)).status).toBe(200);
      expect((await site.app.request(`/zh/articles/${row.slug}-renamed`)).status).toBe(301);
    });

    it("manages series: create, rename per language, and reorder installments with revisions", async () => {
      const bad = await postForm(site, "/en/editor/series", editor, {
        slug: "Bad Slug",
        title_en: "",
        title_zh: "x",
        description_en: "",
        description_zh: "",
      });
      expect(bad.status).toBe(400);
      const created = await postForm(site, "/en/editor/series", editor, {
        slug: "small-repairs",
        position: "9",
        title_en: "Small Repairs",
        title_zh: "小小的修复",
        description_en: "Tiny steps.",
        description_zh: "小步子。",
      });
      expect(created.status).toBe(303);
      expect((await site.app.request("/zh/series/small-repairs")).status).toBe(200);
      const renamed = await postForm(site, "/en/editor/series/small-repairs", editor, {
        position: "9",
        title_en: "Small Repairs, Daily",
        title_zh: "每天小小的修复",
        description_en: "",
        description_zh: "",
      });
      expect(renamed.status).toBe(303);
      expect(await (await site.app.request("/en/series/small-repairs")).text()).toContain("Small Repairs, Daily");

      const series = "attachment-and-communication";
      const rows = await site.db.kysely
        .selectFrom("article")
        .select(["id", "installment"])
        .where("series_slug", "=", series)
        .where("lang", "=", "en")
        .orderBy("installment")
        .execute();
      const [a, b] = rows;
      if (!a || !b) throw new Error("fixture");
      const duplicate = await postForm(site, `/en/editor/series/${series}/order`, editor, {
        lang: "en",
        [`installment_${a.id}`]: String(b.installment),
      });
      expect(duplicate.status).toBe(400);
      const swap = await postForm(site, `/en/editor/series/${series}/order`, editor, {
        lang: "en",
        [`installment_${a.id}`]: String(b.installment),
        [`installment_${b.id}`]: String(a.installment),
      });
      expect(swap.status).toBe(303);
      const after = await site.db.kysely.selectFrom("article").select(["id", "installment"]).where("id", "in", [a.id, b.id]).orderBy("id").execute();
      expect(Object.fromEntries(after.map((r) => [r.id, r.installment]))).toEqual({ [a.id]: b.installment, [b.id]: a.installment });
      expect((await revisions(a.id)).at(-1)?.action).toBe("reorder");
      // A form showing the order from before that swap is stale: nothing moves.
      const stale = await postForm(site, `/en/editor/series/${series}/order`, editor, {
        lang: "en",
        ...Object.fromEntries(rows.map((r) => [`shown_${r.id}`, String(r.installment)])),
        [`installment_${a.id}`]: String(a.installment),
        [`installment_${b.id}`]: String(b.installment),
      });
      expect(stale.status).toBe(400);
      expect(await stale.text()).toContain("changed while you were reordering");
      const unchanged = await site.db.kysely
        .selectFrom("article")
        .select(["id", "installment"])
        .where("id", "in", [a.id, b.id])
        .orderBy("id")
        .execute();
      expect(unchanged).toEqual(after);
    });

    it("lets only admins upload old pages, and reports per file", async () => {
      expect((await get("/en/editor/import")).status).toBe(403);
      expect((await get("/en/editor/import", admin)).status).toBe(200);
      const form = new FormData();
      const page = [
        "Relationship Communication Wiki",
        "Quiet Repair - 3 - Saying sorry first",
        "A short teaser that stops…",
        "I. Problem Scenario",
        "They argued.",
        "常见问题",
        "Why?",
        "Because.",
      ].join("\n");
      form.append("pages", new File([page], "quiet-3.txt", { type: "text/plain" }));
      form.append("pages", new File(["not a page"], "broken.txt", { type: "text/plain" }));
      const upload = (cookie: string) => site.app.request("/en/editor/import", { method: "POST", headers: { ...SAME_ORIGIN, cookie }, body: form });
      expect((await upload(editor)).status).toBe(403);
      const res = await upload(admin);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain("1 created, 0 updated, 0 unchanged, 1 could not be imported.");
      expect(html).toContain("Missing on the page: ready-to-copy lines.");
      expect((await site.app.request("/en/articles/saying-sorry-first")).status).toBe(200);
    });

    it("keeps an audit trail of who did what", async () => {
      const html = await (await get("/en/editor/audit")).text();
      for (const action of ["article.create", "article.edit", "article.publish", "article.restore", "series.create", "series.reorder"])
        expect(html).toContain(action);
    });

    it("ends idle and expired sessions", async () => {
      const { cookie } = await signInAs(site, "idle@example.org");
      const user = await site.db.kysely.selectFrom("editor_user").select("id").where("email", "=", "idle@example.org").executeTakeFirstOrThrow();
      const fiveHoursAgo = new Date(Date.now() - 5 * 3600_000).toISOString();
      await site.db.kysely.updateTable("editor_session").set({ last_seen_at: fiveHoursAgo }).where("user_id", "=", user.id).execute();
      expect((await get("/en/editor/", cookie)).status).toBe(303);
      const { cookie: second } = await signInAs(site, "late@example.org");
      const late = await site.db.kysely.selectFrom("editor_user").select("id").where("email", "=", "late@example.org").executeTakeFirstOrThrow();
      await site.db.kysely
        .updateTable("editor_session")
        .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
        .where("user_id", "=", late.id)
        .execute();
      expect((await get("/en/editor/", second)).status).toBe(303);
    });
  });
}
