/**
 * English function words: they say how a sentence is built, not what it is about, so two passages sharing them
 * share nothing. Negations are not here: they are folded into one term (see `termOf`), as "never" and "didn't"
 * carry the meaning of a quote.
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'about', 'above', 'across', 'after', 'again', 'against', 'all', 'along', 'also', 'although', 'am', 'amid',
  'among', 'an', 'and', 'any', 'are', 'around', 'as', 'at', 'be', 'because', 'been', 'before', 'behind', 'being',
  'below', 'beneath', 'beside', 'besides', 'between', 'beyond', 'both', 'but', 'by', 'can', 'could', 'despite', 'did',
  'do', 'does', 'doing', 'done', 'down', 'during', 'each', 'either', 'else', 'even', 'ever', 'every', 'for', 'from',
  'further', 'had', 'has', 'have', 'having', 'he', 'her', 'here', 'hers', 'herself', 'him', 'himself', 'his', 'how',
  'however', 'i', 'if', 'in', 'inside', 'into', 'is', 'it', 'its', 'itself', 'just', 'let', 'may', 'me', 'might',
  'mine', 'more', 'most', 'much', 'must', 'my', 'myself', 'neither', 'now', 'of', 'off', 'often', 'on', 'once', 'only',
  'onto', 'or', 'other', 'others', 'otherwise', 'our', 'ours', 'ourselves', 'out', 'over', 'own', 'per', 'quite',
  'rather', 'same', 'shall', 'she', 'should', 'since', 'so', 'some', 'such', 'than', 'that', 'the', 'their', 'theirs',
  'them', 'themselves', 'then', 'there', 'these', 'they', 'this', 'those', 'though', 'through', 'throughout', 'thus',
  'to', 'too', 'toward', 'towards', 'under', 'unless', 'until', 'up', 'upon', 'us', 'very', 'via', 'was', 'we', 'well',
  'were', 'what', 'whatever', 'when', 'whenever', 'where', 'whereas', 'wherever', 'whether', 'which', 'while', 'who',
  'whoever', 'whom', 'whose', 'why', 'will', 'with', 'within', 'without', 'would', 'yet', 'you', 'your', 'yours',
  'yourself', 'yourselves'
])
