/** What ids look like: a kind letter, `_`, and 8 to 32 lowercase letters and digits (Parallax makes 16 hex digits). */
export const DOCUMENT_ID = /^d_[a-z0-9]{8,32}$/
export const HIGHLIGHT_ID = /^h_[a-z0-9]{8,32}$/
