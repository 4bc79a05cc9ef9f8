/**
 * Every REST v1 route module, imported so its defineApiRoute() registers: Next loads route bundles
 * lazily, and the OpenAPI document and the docs page must list routes nobody has called yet.
 * lib/api/openapi.int.test.ts fails when a route file under app/api/v1 is missing here.
 */
import "./knowledge/search/route";
import "./knowledge/answer/route";
import "./knowledge/sources/route";
import "./knowledge/feeds/route";
import "./jobs/[id]/route";
import "./assets/route";
import "./assets/generate/route";
import "./assets/[id]/route";
import "./assets/[id]/versions/route";
import "./assets/[id]/diff/route";
import "./assets/[id]/export/route";
import "./assets/[id]/submit/route";
import "./assets/[id]/approve/route";
import "./assets/[id]/request-changes/route";
import "./assets/[id]/comments/route";
import "./campaigns/route";
import "./campaigns/[id]/route";
import "./kpi/summary/route";
import "./kpi/breakdowns/route";
