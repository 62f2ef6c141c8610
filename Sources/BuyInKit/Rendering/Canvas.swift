import Foundation
import ZIPFoundation

/// RGBA pixels on white, the few ways the pre-read's pictures are drawn (filled polygons, lines
/// with a width, text from `PictureFont`), and their PNG encoding.
struct Canvas {
    struct Colour: Equatable { var red, green, blue: UInt8 }

    let width: Int, height: Int
    private(set) var pixels: [UInt8]

    init(width: Int, height: Int) {
        self.width = width; self.height = height
        pixels = [UInt8](repeating: 255, count: width * height * 4)
    }

    /// Mixes `colour` into one pixel by `coverage` (0–1).
    mutating func blend(_ x: Int, _ y: Int, _ colour: Colour, _ coverage: Double) {
        guard x >= 0, y >= 0, x < width, y < height, coverage > 0 else { return }
        let i = (y * width + x) * 4, a = min(1, coverage)
        pixels[i] = UInt8(Double(pixels[i]) * (1 - a) + Double(colour.red) * a)
        pixels[i + 1] = UInt8(Double(pixels[i + 1]) * (1 - a) + Double(colour.green) * a)
        pixels[i + 2] = UInt8(Double(pixels[i + 2]) * (1 - a) + Double(colour.blue) * a)
    }

    /// Fills a polygon (even-odd), its edges smoothed by sampling each row four times.
    mutating func fill(_ points: [(x: Double, y: Double)], _ colour: Colour) {
        guard points.count >= 3 else { return }
        let top = max(0, Int(points.map(\.y).min()!.rounded(.down))), bottom = min(height - 1, Int(points.map(\.y).max()!.rounded(.up)))
        let left = max(0, Int(points.map(\.x).min()!.rounded(.down))), right = min(width - 1, Int(points.map(\.x).max()!.rounded(.up)))
        guard top <= bottom, left <= right else { return }
        var coverage = [Double](repeating: 0, count: width)
        for row in top...bottom {
            for i in left...right { coverage[i] = 0 }
            var touched = false
            for sample in 0..<4 {
                let y = Double(row) + (Double(sample) + 0.5) / 4
                var crossings: [Double] = []
                for i in points.indices {
                    let a = points[i], b = points[(i + 1) % points.count]
                    if (a.y <= y && b.y > y) || (b.y <= y && a.y > y) { crossings.append(a.x + (y - a.y) / (b.y - a.y) * (b.x - a.x)) }
                }
                crossings.sort()
                var pair = 0
                while pair + 1 < crossings.count {
                    let from = max(0, crossings[pair]), to = min(Double(width), crossings[pair + 1])
                    if from < to {
                        touched = true
                        var x = Int(from)
                        while Double(x) < to {
                            coverage[x] += (min(Double(x + 1), to) - max(Double(x), from)) / 4
                            x += 1
                        }
                    }
                    pair += 2
                }
            }
            if touched { for x in left...right where coverage[x] > 0 { blend(x, row, colour, coverage[x]) } }
        }
    }

    /// A straight line `lineWidth` wide, dashed when `dashes` gives on and off lengths.
    mutating func line(from a: (x: Double, y: Double), to b: (x: Double, y: Double), lineWidth: Double, _ colour: Colour, dashes: [Double] = []) {
        let length = hypot(b.x - a.x, b.y - a.y)
        guard length > 0 else { return }
        let ux = (b.x - a.x) / length, uy = (b.y - a.y) / length
        let pieces: [(Double, Double)]
        if dashes.count >= 2, dashes.allSatisfy({ $0 > 0 }) {
            var list: [(Double, Double)] = [], at = 0.0, index = 0
            while at < length {
                let run = dashes[index % dashes.count]
                if index % 2 == 0 { list.append((at, min(length, at + run))) }
                at += run; index += 1
            }
            pieces = list
        } else {
            pieces = [(0, length)]
        }
        let nx = -uy * lineWidth / 2, ny = ux * lineWidth / 2
        for (start, end) in pieces {
            let p = (x: a.x + ux * start, y: a.y + uy * start), q = (x: a.x + ux * end, y: a.y + uy * end)
            fill([(p.x + nx, p.y + ny), (q.x + nx, q.y + ny), (q.x - nx, q.y - ny), (p.x - nx, p.y - ny)], colour)
        }
    }

    /// PNG, RGBA with 8 bits a channel: rows behind a filter byte of 0, deflated by ZIPFoundation
    /// inside zlib's header and checksum.
    func png() throws -> Data {
        var raw = Data(capacity: (width * 4 + 1) * height)
        for row in 0..<height {
            raw.append(0)
            raw.append(contentsOf: pixels[(row * width * 4)..<((row + 1) * width * 4)])
        }
        var deflated = Data()
        _ = try Data.compress(size: Int64(raw.count), bufferSize: 65_536, provider: { position, size in
            raw.subdata(in: Int(position)..<Int(position) + size)
        }, consumer: { deflated.append($0) })
        var zlib = Data([0x78, 0x9C])
        zlib.append(deflated)
        zlib.append(contentsOf: Self.bigEndian(Self.adler32(raw)))
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        png.append(Self.chunk("IHDR", Data(Self.bigEndian(UInt32(width)) + Self.bigEndian(UInt32(height)) + [8, 6, 0, 0, 0])))
        png.append(Self.chunk("IDAT", zlib))
        png.append(Self.chunk("IEND", Data()))
        return png
    }

    private static func chunk(_ type: String, _ data: Data) -> Data {
        var body = Data(type.utf8)
        body.append(data)
        var out = Data(bigEndian(UInt32(data.count)))
        out.append(body)
        out.append(contentsOf: bigEndian(UInt32(body.crc32(checksum: 0))))
        return out
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    private static func adler32(_ bytes: Data) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in bytes { a = (a + UInt32(byte)) % 65_521; b = (b + a) % 65_521 }
        return b << 16 | a
    }
}
