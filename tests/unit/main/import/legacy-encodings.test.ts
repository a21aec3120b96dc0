import { execFileSync } from 'node:child_process'
import Encoding from 'encoding-japanese'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { rejectionOf } from '../../../../src/main/import/classify'
import { decodeBytes } from '../../../../src/main/import/decode'

/** Texts written for these tests, long enough for a detector to judge, as a news report would read. */
const JAPANESE =
  '東京都は月曜日、新しい防災計画を発表した。計画では、大地震に備えて避難所を増やし、各地区に水と食料を三日分備蓄する。' +
  '知事は記者会見で「市民の安全を第一に考えた」と述べた。専門家は、計画の実行には十分な予算が必要だと指摘している。'
const CHINESE_SIMPLIFIED =
  '北京市政府星期一宣布了新的公共交通计划。根据计划，明年将开通三条地铁线路，并增加公交车的数量。' +
  '市长在新闻发布会上表示，这些措施将缓解交通拥堵。专家认为，计划的成功取决于资金是否到位。'
const CHINESE_TRADITIONAL =
  '臺北市政府星期一宣佈了新的公共運輸計畫。根據計畫，明年將開通三條捷運路線，並增加公車的數量。' +
  '市長在記者會上表示，這些措施將緩解交通壅塞。專家認為，計畫的成功取決於資金是否到位。'
const KOREAN =
  '서울시는 월요일 새로운 대중교통 계획을 발표했다. 계획에 따르면 내년에 지하철 노선 세 개가 개통되고 버스 수도 늘어난다. ' +
  '시장은 기자회견에서 이 조치가 교통 혼잡을 줄일 것이라고 말했다. 전문가들은 계획의 성공이 예산 확보에 달려 있다고 본다.'
const RUSSIAN =
  'Правительство объявило о новых мерах поддержки малого бизнеса. Министр экономики сообщил, что налоги ' +
  'для небольших компаний снизятся уже в следующем году. Эксперты считают, что эти меры помогут сохранить рабочие места.'
const UKRAINIAN_MAC = 'Ґрунтові дороги в Україні ремонтують щоліта. Уряд обіцяє нові мости, а Євген Ґудзь, інженер із Києва, каже: «Це лише початок».'
const GREEK =
  'Η κυβέρνηση ανακοίνωσε τη Δευτέρα νέα μέτρα στήριξης για τις μικρές επιχειρήσεις. Ο υπουργός Οικονομικών δήλωσε ότι οι φόροι ' +
  'θα μειωθούν από τον επόμενο χρόνο. Άλλοι αναλυτές εκτιμούν ότι τα μέτρα έρχονται αργά. Όλοι περιμένουν την ψηφοφορία στη Βουλή.'
const VIETNAMESE =
  'Chính phủ Việt Nam vừa công bố kế hoạch xây dựng thêm ba tuyến đường sắt đô thị tại Hà Nội. Theo bộ trưởng, các tuyến mới sẽ ' +
  'giảm ùn tắc giao thông. Nhiều chuyên gia cho rằng thành công của kế hoạch phụ thuộc vào nguồn vốn.'
const FRENCH = 'L’hôtel de ville a rouvert lundi. « C’est un cœur qui bat à nouveau », a déclaré la maire, émue.'

/** glibc's iconv, a decoder other than the ones under test, for the encodings iconv-lite cannot write. */
const glibc = (text: string, to: string) => execFileSync('iconv', ['-f', 'UTF-8', '-t', to], { input: text })

describe('decodeBytes on legacy encodings', () => {
  it('reads ISO-2022-JP by its escapes, although its bytes are valid UTF-8', async () => {
    const bytes = Uint8Array.from(Encoding.convert(Encoding.stringToCode(JAPANESE), { to: 'JIS', from: 'UNICODE' }))
    expect(bytes.every((b) => b < 0x80)).toBe(true)
    expect(await decodeBytes(bytes)).toEqual({ text: JAPANESE, encoding: 'iso-2022-jp', method: 'detected' })
  })

  it('takes ISO-2022-KR as text, not binary, and reads its shifted Korean', async () => {
    const bytes = glibc(KOREAN, 'ISO-2022-KR')
    expect(bytes.includes(0x0e)).toBe(true)
    expect(rejectionOf('report.txt', bytes, 1024 * 1024)).toBeNull()
    expect(await decodeBytes(bytes)).toEqual({ text: KOREAN, encoding: 'iso-2022-kr', method: 'detected' })
  })

  it.each([
    ['Shift JIS', JAPANESE, 'shift_jis'],
    ['EUC-JP', JAPANESE, 'euc-jp'],
    ['GB18030', CHINESE_SIMPLIFIED, 'gb18030'],
    ['Big5', CHINESE_TRADITIONAL, 'big5'],
    ['EUC-KR', KOREAN, 'euc-kr']
  ])('reads %s, never Windows-1252', async (_name, text, encoding) => {
    expect(await decodeBytes(iconv.encode(text, encoding))).toEqual({ text, encoding, method: 'detected' })
  })

  it('reads EUC-TW, which iconv-lite lacks and chardet takes for GB18030, in its four-byte planes too', async () => {
    const text = `${CHINESE_TRADITIONAL}文中另有罕用字「䄷」。`
    const bytes = glibc(text, 'EUC-TW')
    // 䄷 is in CNS 11643's third plane: 0x8E 0xA3, then its row and cell.
    expect(Buffer.from(bytes).includes(Buffer.from([0x8e, 0xa3, 0xb2, 0xf5]))).toBe(true)
    expect(await decodeBytes(bytes)).toEqual({ text, encoding: 'euc-tw', method: 'detected' })
  })

  it('honours the encoding an XML declaration names, and the declaration stays in the text', async () => {
    const feed = `<?xml version="1.0" encoding="big5"?>\n<rss><title>${CHINESE_TRADITIONAL}</title></rss>`
    expect(await decodeBytes(iconv.encode(feed, 'big5'))).toEqual({ text: feed, encoding: 'big5', method: 'declared' })
  })

  it('honours an HTML meta charset', async () => {
    const page = `<html><head><meta charset="windows-1251"><title>Новости</title></head><body><p>${RUSSIAN}</p></body></html>`
    expect(await decodeBytes(iconv.encode(page, 'windows-1251'))).toEqual({ text: page, encoding: 'windows-1251', method: 'declared' })
  })

  it('tells Mac Cyrillic from Windows-1251, which score alike, by the reading that keeps words whole', async () => {
    const bytes = glibc(UKRAINIAN_MAC + ' ' + RUSSIAN, 'MAC-CYRILLIC')
    expect(await decodeBytes(bytes)).toEqual({ text: UKRAINIAN_MAC + ' ' + RUSSIAN, encoding: 'x-mac-cyrillic', method: 'detected' })
  })

  it('tells ISO-8859-7 from Windows-1253, which place Ά and Ό at different bytes', async () => {
    expect(await decodeBytes(iconv.encode(GREEK, 'iso-8859-7'))).toMatchObject({ text: GREEK, encoding: 'iso-8859-7' })
    expect(await decodeBytes(iconv.encode(GREEK, 'windows-1253'))).toMatchObject({ text: GREEK, encoding: 'windows-1253' })
  })

  it('reads Vietnamese in VISCII, which no detector names, as well as in Windows-1258', async () => {
    expect(await decodeBytes(glibc(VIETNAMESE, 'VISCII'))).toEqual({ text: VIETNAMESE, encoding: 'viscii', method: 'detected' })
  })

  it('keeps a short French text in Windows-1252 when Mac Roman and DOS code pages score the same', async () => {
    expect(await decodeBytes(iconv.encode(FRENCH, 'windows-1252'))).toMatchObject({ text: FRENCH, encoding: 'windows-1252' })
  })
})
