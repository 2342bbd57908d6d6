import CrossCheckModel
import Foundation
import TestSupport
import Testing

@testable import Reports

/// `JSONTextEncoder` replaced Foundation's `JSONEncoder` for every report file: the files must stay the very bytes
/// `JSONEncoder` wrote (then made inert), or reports of the same run would differ from one version to the next.
@Suite("JSONTextEncoder writes what JSONEncoder wrote")
struct JSONTextEncoderTests {
    static let awkward = AwkwardText.samples

    struct Leaf: Codable, Equatable {
        var text: String
        var optional: String?
        var number: Double
        var count: Int
        var flag: Bool
    }

    /// Every shape the report types use, and some they do not: nested and empty containers, optionals, `nil`s
    /// inside arrays, dictionaries keyed by text that sorts differently by bytes and by `String`'s order.
    struct Shape: Codable {
        var leaves: [Leaf]
        var empty: [Int] = []
        var emptyObject: [String: Int] = [:]
        var nested: [[Leaf?]]
        var byName: [String: [Double]]
        var byNumber: [Int: String]
        var small: Int8 = -8
        var wide: UInt64 = .max
        var narrow: Float = 0.1
        var lowest: Int = .min
        var nothing: String? = nil
        var zAfterCapitals = "z"
        var Capital = "C"
    }

    static func shapes() -> [Shape] {
        let numbers: [Double] = [0, -0.0, 1, -1, 0.1 + 0.2, 1e16, 1e-7, 123_456.789, 2500, 3.0e300, .ulpOfOne]
        return awkward.indices.map { index in
            let text = awkward[index]
            let other = awkward[(index + 3) % awkward.count]
            let leaf = Leaf(
                text: text, optional: index % 2 == 0 ? other : nil, number: numbers[index % numbers.count],
                count: index * 1000 - 3, flag: index % 3 == 0)
            return Shape(
                leaves: index % 4 == 0
                    ? [] : [leaf, Leaf(text: other, optional: nil, number: -2.5, count: 0, flag: false)],
                nested: [[], [nil, leaf], [leaf]], byName: byName(text, other, numbers),
                byNumber: [index: text, -index - 1: other])
        }
    }

    /// Keys that sort differently by UTF-8 bytes and by `String`'s order (which also calls "é" and "e\u{301}" equal).
    static func byName(_ text: String, _ other: String, _ numbers: [Double]) -> [String: [Double]] {
        var result: [String: [Double]] = ["e\u{301}": [2], "Z": [3], "\u{10000}": [4], "\u{FFFD}": [5]]
        result[text] = numbers
        result[other] = []
        return result
    }

    static func foundation(_ value: some Encodable, _ formatting: JSONEncoder.OutputFormatting) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = formatting
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// The inert escapes as the report writer applied them to `JSONEncoder`'s output, a character at a time: `<`,
    /// `>`, `&`, U+2028, U+2029 and the bidi controls as upper-case `\uXXXX` (they only ever occur inside strings).
    static func inert(_ json: String) -> String {
        var out = ""
        for scalar in json.unicodeScalars {
            switch scalar.value {
            case 0x3C, 0x3E, 0x26, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    @Test func everyFormattingMatchesJSONEncoder() throws {
        let formattings: [(JSONEncoder.OutputFormatting, JSONTextEncoder)] = [
            ([], JSONTextEncoder()),
            ([.sortedKeys], JSONTextEncoder(sortedKeys: true)),
            ([.prettyPrinted], JSONTextEncoder(prettyPrinted: true)),
            ([.prettyPrinted, .sortedKeys], JSONTextEncoder(prettyPrinted: true, sortedKeys: true)),
            (
                [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes],
                JSONTextEncoder(prettyPrinted: true, sortedKeys: true, style: .jsonEncoderKeepingSlashes)
            ),
            ([.withoutEscapingSlashes], JSONTextEncoder(style: .jsonEncoderKeepingSlashes)),
        ]
        for shape in Self.shapes() {
            for (formatting, encoder) in formattings {
                // Unsorted, `JSONEncoder` writes keys in hash order, different from one encoding to the next; this
                // encoder writes them in the order encoded. Both must read back as the same value.
                guard formatting.contains(.sortedKeys) else {
                    for leaf in shape.leaves {
                        let text = try encoder.encode(leaf)
                        #expect(try JSONDecoder().decode(Leaf.self, from: Data(text.utf8)) == leaf)
                    }
                    continue
                }
                #expect(try encoder.encode(shape) == Self.foundation(shape, formatting))
            }
        }
    }

    @Test func inertStyleMatchesTheReportWriterBefore() throws {
        let encoder = JSONTextEncoder(prettyPrinted: true, sortedKeys: true, style: .inert)
        let formatting: JSONEncoder.OutputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for shape in Self.shapes() {
            #expect(try encoder.encode(shape) == Self.inert(Self.foundation(shape, formatting)))
        }
        let report = ReportFixture.report
        #expect(try encoder.encode(report) == Self.inert(Self.foundation(report, formatting)))
        for group in report.groups {
            #expect(try encoder.encode(group) == Self.inert(Self.foundation(group, formatting)))
        }
    }

    @Test func topLevelValuesAndEmptyContainers() throws {
        let pretty = JSONTextEncoder(prettyPrinted: true, sortedKeys: true)
        #expect(try pretty.encode("a/b") == "\"a\\/b\"")
        #expect(try pretty.encode(2.0) == "2")
        #expect(try pretty.encode([Int]()) == Self.foundation([Int](), [.prettyPrinted]))
        #expect(try pretty.encode([String: Int]()) == Self.foundation([String: Int](), [.prettyPrinted]))
        #expect(try pretty.encode([[Int]()]) == Self.foundation([[Int]()], [.prettyPrinted]))
        #expect(try pretty.encode([String?.none]) == "[\n  null\n]")
    }

    /// A value that encodes nothing: an error at the top, as `JSONEncoder` has it; an empty object below it.
    struct Silent: Encodable {
        func encode(to encoder: any Encoder) throws {}
    }

    @Test func aValueThatEncodesNothing() throws {
        #expect(throws: EncodingError.self) { try JSONTextEncoder().encode(Silent()) }
        #expect(throws: EncodingError.self) { try Self.foundation(Silent(), []) }
        #expect(try JSONTextEncoder().encode(["a": Silent()]) == Self.foundation(["a": Silent()], []))
        #expect(try JSONTextEncoder().encode([Silent()]) == Self.foundation([Silent()], []))
    }

    @Test func nonFiniteNumbersThrowAsJSONEncoderDoes() {
        for value in [Double.nan, .infinity, -.infinity] {
            #expect(throws: EncodingError.self) { try JSONTextEncoder().encode(["a": [value]]) }
            #expect(throws: EncodingError.self) { try Self.foundation(["a": [value]], []) }
        }
    }

    @Test func bytesAndStringsEscapeAlike() {
        for style in [JSONString.Style.lines, .jsonEncoder, .jsonEncoderKeepingSlashes, .inert] {
            for text in Self.awkward {
                var string = ""
                JSONString.append(text, to: &string, style: style)
                var bytes: [UInt8] = []
                JSONString.append(text, to: &bytes, style: style)
                #expect(String(decoding: bytes, as: UTF8.self) == string)
            }
        }
        #expect(JSONString.quote("a\u{2028}<\u{202E}\u{8}") == "\"a\\u2028<\u{202E}\\u0008\"")
    }
}
