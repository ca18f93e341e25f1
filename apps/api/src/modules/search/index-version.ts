// A fingerprint of everything that shapes a search document: the job-family dictionary,
// the places, the employer-alias rules' inputs and the index settings. Each document
// carries it, so a deployment with a new dictionary can tell the index needs a rebuild.
import crypto from "node:crypto";
import { POSITION_INDEX_SETTINGS } from "./index-settings.ts";
import { JOB_FAMILIES } from "./job-families.ts";
import { PLACES } from "./places.ts";
import { BENEFITS } from "./query-vocabulary.ts";

/** Bump when the document builder changes in a way the data above does not show. */
const DOCUMENT_FORMAT = 3;

export const INDEX_VERSION = crypto
  .createHash("sha256")
  .update(JSON.stringify({ DOCUMENT_FORMAT, JOB_FAMILIES, PLACES, BENEFITS, POSITION_INDEX_SETTINGS }))
  .digest("hex")
  .slice(0, 16);
