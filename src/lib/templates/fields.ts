// The optional inputs a scenario may use, by name; kept apart so the registry and the form can name them without each other.

/** Optional inputs a scenario makes use of (the builder shows only these). */
export type OptionalField = 'interviewDate' | 'detail' | 'fit' | 'promised' | 'news' | 'offerDeadline' | 'startDate' | 'others';
