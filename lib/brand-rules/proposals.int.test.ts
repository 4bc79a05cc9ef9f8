import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { brandRuleProposals, brandSettings } from "@/lib/db/schema";
import { getDb } from "@/lib/db/client";
import { listAuditEntries } from "@/lib/audit/list";
import { EMPTY_BRAND_RULES, readBrandRules } from "@/lib/assets/schemas/brand-rules";
import { createId } from "@/lib/ids";
import { addTestMembership, createTestUser, createTestWorkspace, createWorkspaceWithEveryRole } from "@/lib/testing/fixtures";
import { addTextSource, runIngestion } from "@/lib/testing/knowledge-fixtures";
import { signInAs } from "@/lib/testing/session-mock";
import { ENGLISH_GUIDE, GERMAN_GUIDE } from "@/lib/testing/brand-guides";
import {
  acceptAllRuleProposalsAction,
  acceptRuleProposalsAction,
  proposeRulesAction,
  rejectRuleProposalsAction,
} from "@/app/(app)/[workspace]/admin/brand/actions";
import { proposeRulesAfterIngestion } from "./after-ingestion";
import { acceptAllProposals, acceptProposals, listPendingProposals } from "./proposals";
import { LOCAL_RULE_EXTRACTOR } from "./extract/extract-rules-locally";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/session-mock")).sessionModuleMock);

let fixture: Awaited<ReturnType<typeof createWorkspaceWithEveryRole>>;
let germanGuide: string;
let englishGuide: string;
let publishedPage: string;
beforeAll(async () => {
  fixture = await createWorkspaceWithEveryRole();
  germanGuide = (await addTextSource(fixture.workspace.id, GERMAN_GUIDE, { title: "Markenleitfaden", kind: "brand_voice", language: "de" })).sourceId;
  englishGuide = (await addTextSource(fixture.workspace.id, ENGLISH_GUIDE, { title: "Brand guide EN", kind: "brand_voice", language: "en", fileName: "guide-en.md" })).sourceId;
  // The same guide text published as a page of the site (another wording, so not a duplicate): a style example, not a rule source.
  publishedPage = (await addTextSource(fixture.workspace.id, `${GERMAN_GUIDE}\n\nStand: Herbst.`, { title: "Über uns", kind: "published_page", language: "de" })).sourceId;
  await runIngestion(fixture.workspace.id);
});

describe("rule proposals from an uploaded guide", () => {
  it("ingestion proposes the rules of each brand guide it indexed, and of no other role", async () => {
    const pending = await listPendingProposals(await getDb(), { workspaceId: fixture.workspace.id });
    const bySource = (sourceId: string) => pending.filter((p) => p.sourceId === sourceId);
    expect(bySource(germanGuide).length).toBeGreaterThanOrEqual(12);
    expect(bySource(englishGuide).length).toBeGreaterThan(0);
    expect(bySource(publishedPage)).toEqual([]);
    // No hosted model in tests: the local extractive model ran the heuristic extractor.
    expect(new Set(pending.map((p) => p.extractor))).toEqual(new Set([LOCAL_RULE_EXTRACTOR]));
  });

  it("only admins may propose, accept or reject rules", async () => {
    const workspaceId = fixture.workspace.id;
    const before = await listPendingProposals(await getDb(), { workspaceId });
    for (const role of ["marketer", "editor", "manager"] as const) {
      signInAs(fixture.members[role].id);
      expect((await proposeRulesAction({ workspaceId, sourceId: germanGuide })).serverError?.code, role).toBe("forbidden");
      expect((await acceptAllRuleProposalsAction({ workspaceId })).serverError?.code, role).toBe("forbidden");
      expect((await rejectRuleProposalsAction({ workspaceId, ids: ["brp_x"] })).serverError?.code, role).toBe("forbidden");
      expect((await acceptRuleProposalsAction({ workspaceId, decisions: [{ id: "brp_x" }] })).serverError?.code, role).toBe("forbidden");
    }
    signInAs(fixture.outsider.id);
    expect((await proposeRulesAction({ workspaceId, sourceId: germanGuide })).serverError?.code).toBe("not_found");
    expect(await listPendingProposals(await getDb(), { workspaceId })).toEqual(before);
  });

  it("the ingestion hook proposes the rules of every brand guide, from the indexed text, with evidence and extractor", async () => {
    const db = await getDb();
    const runs = await proposeRulesAfterIngestion(db, { workspaceId: fixture.workspace.id, sourceIds: [germanGuide, englishGuide, publishedPage] });
    expect(runs).toHaveLength(2);
    expect(runs).toEqual(expect.arrayContaining([expect.objectContaining({ sourceId: germanGuide, extractor: LOCAL_RULE_EXTRACTOR }), expect.objectContaining({ sourceId: englishGuide })]));
    const pending = await listPendingProposals(db, { workspaceId: fixture.workspace.id });
    const german = pending.filter((p) => p.sourceId === germanGuide);
    // From the chunks (list markers and headings rebuilt), not the upload: most of the guide's 15 rules.
    expect(german.length).toBeGreaterThanOrEqual(12);
    expect(german).toContainEqual(expect.objectContaining({ type: "preferred_term", rule: { avoid: "Abenteuer", use: "Tour", language: "de" }, extractor: LOCAL_RULE_EXTRACTOR }));
    expect(german.find((p) => p.type === "disclaimer" && p.rule.text === "Wassersäule gemessen nach ISO 811.")?.rule).toMatchObject({ pattern: "Wassersäule" });
  });

  it("an admin accepts one as edited, rejects one, accepts the rest; the rules merge without duplicates, audited", async () => {
    const db = await getDb();
    const workspaceId = fixture.workspace.id;
    signInAs(fixture.members.admin.id);
    // Asking again replaces the guide's pending proposals instead of adding a second set.
    const again = await proposeRulesAction({ workspaceId, sourceId: germanGuide });
    expect(again.serverError).toBeUndefined();
    const pending = await listPendingProposals(db, { workspaceId });
    const german = pending.filter((p) => p.sourceId === germanGuide);
    expect(german.length).toBe(again.data!.proposed);

    const billig = german.find((p) => p.type === "banned_term" && p.rule.term === "billig")!;
    const edited = await acceptRuleProposalsAction({ workspaceId, decisions: [{ id: billig.id, rule: { term: "billig", reason: "Premiummarke", language: "de" } }] });
    expect(edited.serverError).toBeUndefined();
    const invalid = german.find((p) => p.type === "preferred_term")!;
    const refused = await acceptRuleProposalsAction({ workspaceId, decisions: [{ id: invalid.id, rule: { avoid: "" } }] });
    expect(refused.serverError?.code).toBe("invalid_input");

    const testsieger = german.find((p) => p.type === "banned_term" && p.rule.term === "Testsieger")!;
    expect((await rejectRuleProposalsAction({ workspaceId, ids: [testsieger.id] })).data).toEqual({ rejected: 1 });
    expect((await rejectRuleProposalsAction({ workspaceId, ids: [testsieger.id] })).serverError?.code).toBe("not_found");

    const all = await acceptAllRuleProposalsAction({ workspaceId });
    expect(all.data?.accepted).toBe(pending.length - 2);
    expect(await listPendingProposals(db, { workspaceId })).toEqual([]);

    const [settings] = await db.select().from(brandSettings).where(eq(brandSettings.workspaceId, workspaceId));
    const rules = readBrandRules(settings!.rules);
    expect(rules.bannedTerms.filter((t) => t.term === "billig")).toEqual([{ term: "billig", reason: "Premiummarke", language: "de" }]);
    expect(rules.bannedTerms.some((t) => t.term === "Testsieger")).toBe(false);
    // Both guides state "rucksack → backpack" for English: one rule.
    expect(rules.preferredTerms.filter((t) => t.avoid === "rucksack")).toEqual([{ avoid: "rucksack", use: "backpack", language: "en" }]);
    expect(rules.formatting).toMatchObject({ formality: "sie", exclamationMarks: false, priceFormat: { de: { decimals: "always", symbol: "after", space: true } } });

    const statuses = await db.select({ status: brandRuleProposals.status }).from(brandRuleProposals).where(eq(brandRuleProposals.workspaceId, workspaceId));
    expect(statuses.filter((s) => s.status === "rejected")).toHaveLength(1);
    const { entries } = await listAuditEntries(db, { workspaceId, filters: {}, limit: 50 });
    const actions = entries.filter((e) => e.outcome === "success").map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["brand.propose_rules", "brand.accept_rule_proposals", "brand.reject_rule_proposals", "brand.accept_all_rule_proposals"]));

    // Rules the workspace already has are not proposed again.
    const repeat = await proposeRulesAction({ workspaceId, sourceId: germanGuide });
    const reproposed = (await listPendingProposals(db, { workspaceId })).filter((p) => p.type !== "formatting");
    expect(reproposed.some((p) => p.type === "banned_term" && p.rule.term === "billig")).toBe(false);
    expect(repeat.data!.proposed).toBeLessThan(again.data!.proposed);
  });
});

describe("accepting proposals keeps the brand settings' limits", () => {
  async function seedProposal(workspaceId: string, ruleType: string, rule: Record<string, unknown>) {
    const db = await getDb();
    const id = createId("ruleProposal");
    await db.insert(brandRuleProposals).values({ id, workspaceId, sourceId: "src_guide", sourceVersion: 1, ruleType, rule, evidence: "from the guide", extractor: LOCAL_RULE_EXTRACTOR });
    return id;
  }
  async function stateOf(workspaceId: string) {
    const db = await getDb();
    const [settings] = await db.select().from(brandSettings).where(eq(brandSettings.workspaceId, workspaceId));
    const proposals = await db.select({ id: brandRuleProposals.id, status: brandRuleProposals.status }).from(brandRuleProposals).where(eq(brandRuleProposals.workspaceId, workspaceId));
    return { rules: settings ? readBrandRules(settings.rules) : null, proposals };
  }

  it("refuses an edit the settings form would refuse (term over 100, text over 300, a pattern that is no regular expression), changing nothing", async () => {
    const workspace = await createTestWorkspace();
    const admin = await createTestUser();
    await addTestMembership(workspace.id, admin.id, "admin");
    const db = await getDb();
    const term = await seedProposal(workspace.id, "banned_term", { term: "billig", reason: null });
    const disclaimer = await seedProposal(workspace.id, "disclaimer", { channel: null, text: "Preise inkl. MwSt." });
    const before = await stateOf(workspace.id);

    const cases: [string, unknown, RegExp][] = [
      [term, { term: "x".repeat(101) }, /banned term "x+" \(term\)/],
      [disclaimer, { channel: null, text: "y".repeat(301) }, /disclaimer "y+" \(text\)/],
      [disclaimer, { channel: null, text: "Preise inkl. MwSt.", pattern: "Wassers(" }, /disclaimer "Preise inkl\. MwSt\." \(pattern\)/],
    ];
    for (const [id, rule, message] of cases) {
      await expect(acceptProposals(db, { workspaceId: workspace.id, userId: admin.id, decisions: [{ id, rule }] })).rejects.toMatchObject({ code: "invalid_input", message: expect.stringMatching(message) });
    }
    // Through the action as well: the admin sees invalid_input, not a stored rule the form cannot save.
    signInAs(admin.id);
    const refused = await acceptRuleProposalsAction({ workspaceId: workspace.id, decisions: [{ id: term, rule: { term: "x".repeat(101) } }] });
    expect(refused.serverError?.code).toBe("invalid_input");
    expect(await stateOf(workspace.id)).toEqual(before);
  });

  it("refuses proposals that would take a rule list over its cap (500 terms), changing nothing", async () => {
    const workspace = await createTestWorkspace();
    const admin = await createTestUser();
    await addTestMembership(workspace.id, admin.id, "admin");
    const db = await getDb();
    const full = { ...EMPTY_BRAND_RULES, bannedTerms: Array.from({ length: 500 }, (_, i) => ({ term: `wort${i}`, reason: null })) };
    await db.insert(brandSettings).values({ workspaceId: workspace.id, rules: full, updatedBy: admin.id });
    const id = await seedProposal(workspace.id, "banned_term", { term: "billig", reason: null });
    const before = await stateOf(workspace.id);

    await expect(acceptAllProposals(db, { workspaceId: workspace.id, userId: admin.id })).rejects.toMatchObject({ code: "invalid_input", message: expect.stringMatching(/banned terms: /) });
    const after = await stateOf(workspace.id);
    expect(after).toEqual(before);
    expect(after.rules!.bannedTerms).toHaveLength(500);
    expect(after.proposals).toEqual([{ id, status: "pending" }]);
    // One under the cap is still accepted.
    await db.update(brandSettings).set({ rules: { ...full, bannedTerms: full.bannedTerms.slice(1) } }).where(eq(brandSettings.workspaceId, workspace.id));
    expect(await acceptAllProposals(db, { workspaceId: workspace.id, userId: admin.id })).toEqual({ accepted: 1, byType: { banned_term: 1 } });
  });
});
