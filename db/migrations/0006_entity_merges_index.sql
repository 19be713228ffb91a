-- Finding the entities merged into one must not scan every entity.
CREATE INDEX entities_merged_into ON entities(merged_into) WHERE merged_into IS NOT NULL;
