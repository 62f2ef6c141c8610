import Foundation

/// The glyphs the PNG pictures write their labels with (`Resources/fonts/picture-labels.font`,
/// made by `scripts/make-picture-font`): coverage bitmaps at one size, read once.
struct PictureFont: Sendable {
    struct Glyph: Sendable {
        let advance, left, top, width, height: Int
        let coverage: [UInt8]
    }

    let size: Int, ascent: Int
    let glyphs: [UInt32: Glyph]

    static func load() throws -> PictureFont {
        let bytes = [UInt8](try ResourceLocator.contents("fonts/picture-labels.font"))
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        guard bytes.count > 10, bytes[0..<4].elementsEqual("BYF1".utf8) else {
            throw BuyInError.resourcesMissing
        }
        var glyphs: [UInt32: Glyph] = [:], at = 10
        for _ in 0..<u16(8) {
            guard at + 9 <= bytes.count else { break }
            let code = UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
            let width = Int(bytes[at + 7]), height = Int(bytes[at + 8])
            guard at + 9 + width * height <= bytes.count else { break }
            glyphs[code] = Glyph(advance: Int(bytes[at + 4]), left: Int(Int8(bitPattern: bytes[at + 5])), top: Int(Int8(bitPattern: bytes[at + 6])),
                                 width: width, height: height, coverage: Array(bytes[(at + 9)..<(at + 9 + width * height)]))
            at += 9 + width * height
        }
        return PictureFont(size: u16(4), ascent: u16(6), glyphs: glyphs)
    }

    /// The glyph drawn for a character: a no-break space as a space, anything unknown as "?".
    func glyph(_ scalar: Unicode.Scalar) -> Glyph? {
        let code = scalar.value == 0x202F || scalar.value == 0x2009 ? 0x20 : scalar.value
        return glyphs[code] ?? glyphs[0x3F]
    }

    func width(of text: String, scale: Double) -> Double {
        Double(text.unicodeScalars.reduce(0) { $0 + (glyph($1)?.advance ?? 0) }) * scale
    }
}

extension Canvas {
    /// Writes `text` with its baseline at `y`, starting at `x`, glyphs scaled by `scale` (1 is
    /// the font's own size); `upright` turns it a quarter left, reading upwards, as an axis name.
    mutating func write(_ text: String, x: Double, y: Double, font: PictureFont, scale: Double, _ colour: Colour, upright: Bool = false) {
        var pen = 0.0
        for scalar in text.unicodeScalars {
            guard let glyph = font.glyph(scalar) else { continue }
            for gy in 0..<max(0, Int(Double(glyph.height) * scale)) {
                for gx in 0..<max(0, Int(Double(glyph.width) * scale)) {
                    let sx = min(glyph.width - 1, Int(Double(gx) / scale)), sy = min(glyph.height - 1, Int(Double(gy) / scale))
                    let value = glyph.coverage[sy * glyph.width + sx]
                    guard value > 0 else { continue }
                    // Across and down from the pen at the baseline, before any turn.
                    let across = pen + Double(glyph.left) * scale + Double(gx), down = Double(gy) - Double(glyph.top) * scale
                    let px = upright ? x + down : x + across, py = upright ? y - across : y + down
                    blend(Int(px), Int(py), colour, Double(value) / 255)
                }
            }
            pen += Double(glyph.advance) * scale
        }
    }
}
