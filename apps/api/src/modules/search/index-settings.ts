// How the positions index is set up. Changing these settings, the job-family dictionary
// or the document builder needs a full rebuild (PositionIndex.replaceAll).
import type { Settings } from "meilisearch";

export const DEFAULT_INDEX_UID = "positions";

/** Returned to the API; everything else in a document exists only to be searched. */
export const DISPLAYED_ATTRIBUTES = [
  "id",
  "title",
  "employerName",
  "employerKind",
  "city",
  "wageMin",
  "wageMax",
  "openings",
  "foodProvided",
  "lodgingProvided",
  "fairIds",
] as const;

export const POSITION_INDEX_SETTINGS: Settings = {
  // Earlier attributes rank first: the trade a title names, then any trade it mentions,
  // then the literal title and its n-grams, the employer, the pinyin of title and city, and
  // last the description.
  searchableAttributes: [
    "familyPrimary",
    "familyAll",
    "title",
    "titleGrams",
    "tags",
    "employerKeywords",
    "employerName",
    "pinyin",
    "description",
  ],
  filterableAttributes: [
    "status",
    "fairIds",
    "city",
    "cityKey",
    "employerKind",
    "employerId",
    "employerAliases",
    "foodProvided",
    "lodgingProvided",
    "wageMin",
    "wageMax",
    "ageMin",
    "ageMax",
    "gender",
    "familyKeys",
    "indexVersion",
  ],
  sortableAttributes: ["wageMin", "wageMax", "openings", "updatedAt"],
  displayedAttributes: [...DISPLAYED_ATTRIBUTES],
  rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
  // Family tokens are exact codes; a typo match would put a position in the wrong trade.
  typoTolerance: {
    enabled: true,
    disableOnAttributes: ["familyPrimary", "familyAll", "titleGrams", "employerKeywords"],
    disableOnNumbers: true,
  },
  // Language detection may read short Chinese strings as Japanese and segment them wrongly.
  localizedAttributes: [{ attributePatterns: ["*"], locales: ["cmn"] }],
  // High enough for the employer-alias directory, read as the facet values of employerAliases.
  faceting: { maxValuesPerFacet: 20_000 },
  pagination: { maxTotalHits: 10_000 },
  proximityPrecision: "byAttribute",
  facetSearch: false,
};
