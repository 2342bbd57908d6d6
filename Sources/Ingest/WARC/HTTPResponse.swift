import Foundation

/// The HTTP response stored in a WARC `response` record: status, headers and the body as the browser saw it.
///
/// Crawlers store the bytes they received, so the body may still be chunked (`Transfer-Encoding: chunked`) and
/// compressed (`Content-Encoding: gzip` or `deflate`); `parse` undoes both. Servers lie: a response that says
/// "chunked" but is not (warcio's `example-bad-non-chunked`) is read as it is, and the mismatch is noted in
/// `notes` rather than losing the page.
///
///     let response = try HTTPResponse.parse(record.block!)
///     response.mediaType  // "text/html"
///     response.charset    // "windows-1256"
public struct HTTPResponse: Sendable, Hashable {
    public var status: Int
    /// Header fields in order, names lower-cased.
    public var headers: [HTTPHeader]
    /// The decoded body.
    public var body: Data
    /// Repairs made while decoding (a false "chunked" claim, an undecodable encoding), for the log.
    public var notes: [String]

    /// The first header with this lower-case name.
    public func header(_ name: String) -> String? { headers.first { $0.name == name }?.value }

    /// The media type of `Content-Type`, lower-cased, without parameters ("" when absent).
    public var mediaType: String {
        let value = header("content-type") ?? ""
        let type = value.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
        return type.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// The `charset` parameter of `Content-Type`, if any.
    public var charset: String? {
        guard let value = header("content-type") else { return nil }
        for part in value.split(separator: ";").dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else {
                continue
            }
            let name = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
            return name.isEmpty ? nil : name
        }
        return nil
    }

    /// True for `text/html` and `application/xhtml+xml`; a missing type is sniffed from the body's first bytes.
    public var isHTML: Bool {
        let type = mediaType
        if type == "text/html" || type == "application/xhtml+xml" { return true }
        guard type.isEmpty else { return false }
        let head = String(decoding: body.prefix(512), as: UTF8.self).lowercased()
        return head.contains("<html") || head.contains("<!doctype html")
    }

    /// Parses a stored HTTP response.
    /// - Throws: `IngestError.malformedRecord` when the status line or header is not HTTP.
    public static func parse(_ block: Data, origin: String = "HTTP response") throws -> HTTPResponse {
        let bytes = [UInt8](block)
        guard let headerEnd = findHeaderEnd(bytes) else {
            throw IngestError.malformedRecord(origin: origin, reason: "the HTTP header does not end with a blank line")
        }
        let headerText = String(decoding: bytes[..<headerEnd.start], as: UTF8.self)
        var lines = headerText.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\r")) }
        let statusLine = lines.isEmpty ? "" : lines.removeFirst()
        let statusParts = statusLine.split(separator: " ")
        guard statusParts.count >= 2, statusParts[0].hasPrefix("HTTP/"), let status = Int(statusParts[1]) else {
            let shown = String(statusLine.prefix(40))
            throw IngestError.malformedRecord(origin: origin, reason: "not an HTTP status line: \"\(shown)\"")
        }
        var headers: [HTTPHeader] = []
        for line in lines where !line.isEmpty {
            if line.first == " " || line.first == "\t", !headers.isEmpty {
                headers[headers.count - 1].value += " " + line.trimmingCharacters(in: .whitespaces)
                continue
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers.append(
                HTTPHeader(
                    name: line[..<colon].trimmingCharacters(in: .whitespaces).lowercased(),
                    value: line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        var response = HTTPResponse(
            status: status, headers: headers, body: Data(bytes[headerEnd.end...]), notes: [])
        response.decodeTransferEncoding()
        response.decodeContentEncoding(origin: origin)
        return response
    }

    /// Where the header ends: the index of the blank line and of the first body byte.
    private static func findHeaderEnd(_ bytes: [UInt8]) -> (start: Int, end: Int)? {
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0A {
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { return (index, index + 2) }
                if index + 2 < bytes.count, bytes[index + 1] == 0x0D, bytes[index + 2] == 0x0A {
                    return (index, index + 3)
                }
            }
            index += 1
        }
        // A response with headers only and no blank line at all.
        return nil
    }

    private mutating func decodeTransferEncoding() {
        guard header("transfer-encoding")?.lowercased().contains("chunked") == true else { return }
        if let decoded = HTTPResponse.dechunk(body) {
            body = decoded
        } else {
            notes.append("Transfer-Encoding says chunked but the body is not chunked; read as is")
        }
    }

    private mutating func decodeContentEncoding(origin: String) {
        guard let encoding = header("content-encoding")?.lowercased().trimmingCharacters(in: .whitespaces),
            !encoding.isEmpty, encoding != "identity"
        else { return }
        guard encoding == "gzip" || encoding == "x-gzip" || encoding == "deflate" else {
            notes.append("Content-Encoding \(encoding) is not supported; the body is kept undecoded")
            return
        }
        // Some crawlers store the decoded body but keep the header: only decode what looks compressed.
        guard body.count >= 2 else { return }
        let first = body[body.startIndex]
        let looksCompressed =
            first == 0x1F || (first & 0x0F == 8 && (UInt16(first) << 8 | UInt16(body[body.startIndex + 1])) % 31 == 0)
        guard looksCompressed else {
            notes.append("Content-Encoding says \(encoding) but the body is not compressed; read as is")
            return
        }
        do {
            body = try GzipDecoder.decompress(body, source: origin, limit: 256 << 20)
        } catch {
            notes.append("Content-Encoding \(encoding) could not be decoded (\(error)); the body is kept undecoded")
        }
    }

    /// Decodes a chunked body; nil when the bytes do not follow the chunked format.
    static func dechunk(_ body: Data) -> Data? {
        let bytes = [UInt8](body)
        var out = Data()
        var index = 0
        while true {
            guard let lineEnd = bytes[index...].firstIndex(of: 0x0A) else { return out.isEmpty ? nil : out }
            var sizeText = String(decoding: bytes[index..<lineEnd], as: UTF8.self)
            if let semicolon = sizeText.firstIndex(of: ";") { sizeText = String(sizeText[..<semicolon]) }
            sizeText = sizeText.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !sizeText.isEmpty, sizeText.count <= 8, let size = Int(sizeText, radix: 16) else { return nil }
            index = lineEnd + 1
            if size == 0 { return out }
            // A truncated last chunk keeps what arrived.
            let end = min(bytes.count, index + size)
            out.append(contentsOf: bytes[index..<end])
            index = end
            if index < bytes.count, bytes[index] != 0x0D, bytes[index] != 0x0A { return nil }
            while index < bytes.count, bytes[index] == 0x0D || bytes[index] == 0x0A { index += 1 }
            if index >= bytes.count { return out }
        }
    }
}

/// One HTTP header field, name lower-cased.
public struct HTTPHeader: Sendable, Hashable {
    public var name: String
    public var value: String
}
