/**
 * How much of a long text, in UTF-16 units, is asked for first with its highlights: some ten screens, which arrive and
 * paint at once while the rest follows. Offsets in it are those of the whole text, as it is the whole text's beginning.
 */
export const FIRST_SCREEN_LENGTH = 64 * 1024
