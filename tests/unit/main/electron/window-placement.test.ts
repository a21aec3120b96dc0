import { describe, expect, it } from 'vitest'
import { placeOnDisplays } from '../../../../src/main/electron/window-placement'

const laptop = { x: 0, y: 0, width: 1440, height: 875 }
const monitorRight = { x: 1440, y: 0, width: 2560, height: 1415 }

describe('where a saved window opens', () => {
  it('opens where it was left when that is on a display', () => {
    const saved = { x: 1700, y: 200, width: 1280, height: 820 }
    expect(placeOnDisplays(saved, [laptop, monitorRight])).toEqual(saved)
  })

  it('is centred on the primary display when the monitor it was on is gone', () => {
    expect(placeOnDisplays({ x: 1700, y: 200, width: 1280, height: 820 }, [laptop])).toEqual({ x: 80, y: 28, width: 1280, height: 820 })
  })

  it('is brought back when only a sliver of its title bar would show, or it is above the top', () => {
    expect(placeOnDisplays({ x: 1400, y: 100, width: 1000, height: 700 }, [laptop]).x).toBe(220)
    expect(placeOnDisplays({ x: 100, y: -300, width: 1000, height: 700 }, [laptop]).y).toBe(88)
  })

  it('keeps a window whose title bar is partly on a display', () => {
    const saved = { x: -500, y: 50, width: 1000, height: 700 }
    expect(placeOnDisplays(saved, [laptop])).toEqual(saved)
  })

  it('is cut to the work area when it is larger than the display', () => {
    expect(placeOnDisplays({ x: 5000, y: 0, width: 3000, height: 2000 }, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 875 })
  })

  it('centres a window saved without a position, on a primary display that does not start at 0,0', () => {
    expect(placeOnDisplays({ width: 1280, height: 820 }, [{ x: -1920, y: 0, width: 1920, height: 1050 }])).toEqual({ x: -1600, y: 115, width: 1280, height: 820 })
  })
})
