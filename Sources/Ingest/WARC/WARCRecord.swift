import Foundation

/// One WARC record: its named fields and, for records worth reading, its content block.
///
/// Field names are compared case-insensitively (`WARC-Type`, `warc-type`), as the WARC 1.0 and 1.1 specifications
/// require. The block is kept only for `response`, `resource` and `conversion` records, the ones that can hold a
/// page; other records are skipped without being held in memory.
///
///     record.type        // "response"
///     record.targetURI   // "http://example.com/"
public struct WARCRecord: Sendable, Hashable {
    /// `WARC/1.0` or `WARC/1.1`.
    public var version: String
    /// The named fields in file order, names as written.
    public var fields: [(name: String, value: String)] {
        get { zip(fieldNames, fieldValues).map { ($0, $1) } }
        set {
            fieldNames = newValue.map(\.name)
            fieldValues = newValue.map(\.value)
        }
    }
    /// The record's content block; nil when it was skipped.
    public var block: Data?
    /// Byte offset of the record's first line in the (decompressed) WARC stream.
    public var offset: Int

    private var fieldNames: [String]
    private var fieldValues: [String]

    public init(version: String, fields: [(name: String, value: String)], block: Data?, offset: Int) {
        self.version = version
        self.fieldNames = fields.map(\.name)
        self.fieldValues = fields.map(\.value)
        self.block = block
        self.offset = offset
    }

    /// The value of the first field with this name, compared case-insensitively.
    public func field(_ name: String) -> String? {
        let lower = name.lowercased()
        guard let index = fieldNames.firstIndex(where: { $0.lowercased() == lower }) else { return nil }
        return fieldValues[index]
    }

    /// `WARC-Type`, lower-cased (`response`, `request`, `warcinfo`, …).
    public var type: String { field("WARC-Type")?.lowercased() ?? "" }

    /// `WARC-Target-URI`, without the angle brackets that WARC 1.0 examples sometimes put around it.
    public var targetURI: String? {
        guard var uri = field("WARC-Target-URI")?.trimmingCharacters(in: .whitespaces), !uri.isEmpty else {
            return nil
        }
        if uri.hasPrefix("<") && uri.hasSuffix(">") { uri = String(uri.dropFirst().dropLast()) }
        return uri
    }

    /// `Content-Type` of the block (`application/http; msgtype=response`, `text/html`).
    public var contentType: String { field("Content-Type")?.lowercased() ?? "" }

    public static func == (lhs: WARCRecord, rhs: WARCRecord) -> Bool {
        lhs.version == rhs.version && lhs.fieldNames == rhs.fieldNames && lhs.fieldValues == rhs.fieldValues
            && lhs.block == rhs.block && lhs.offset == rhs.offset
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(version)
        hasher.combine(fieldNames)
        hasher.combine(fieldValues)
        hasher.combine(offset)
    }
}
