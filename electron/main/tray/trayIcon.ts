import { nativeImage, type NativeImage } from 'electron'

type Rgb = [number, number, number]
const KITH_TEAL: Rgb = [0x0c, 0x85, 0x99]

/**
 * The tray icon drawn in code (a ring around a dot, antialiased), as raw BGRA pixels,
 * so no image file has to be found at run time inside or outside the asar.
 */
export function trayIconPixels(size: number, [r, g, b]: Rgb): Buffer {
  const pixels = Buffer.alloc(size * size * 4)
  const c = size / 2
  const outer = size * 0.47
  const inner = size * 0.33
  const dot = size * 0.17
  const samples = 4
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let covered = 0
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const d = Math.hypot(x + (sx + 0.5) / samples - c, y + (sy + 0.5) / samples - c)
          if ((d <= outer && d >= inner) || d <= dot) covered++
        }
      }
      const i = (y * size + x) * 4
      pixels[i] = b
      pixels[i + 1] = g
      pixels[i + 2] = r
      pixels[i + 3] = Math.round((covered / (samples * samples)) * 255)
    }
  }
  return pixels
}

/** macOS wants a black template image (it adapts to the menu bar); elsewhere Kith's colour. */
export function trayIcon(platform: NodeJS.Platform): NativeImage {
  const mac = platform === 'darwin'
  const image = nativeImage.createFromBitmap(trayIconPixels(32, mac ? [0, 0, 0] : KITH_TEAL), { width: 32, height: 32, scaleFactor: 2 })
  if (mac) image.setTemplateImage(true)
  return image
}
