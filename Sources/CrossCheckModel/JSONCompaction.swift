/// Removes the whitespace between the tokens of a JSON text; strings are copied as they are.
///
/// A night stores the report of each group it changed in the group's change record, deflated, so that a re-run of
/// the night writes the same pages. The report files are pretty printed, and 39 % of their bytes are the
/// indentation: the deflater read it all (a night's 0.7 GB of reports took five CPU-seconds on the thread that
/// commits the night), and the record does not need it, since a re-run decodes the stored report and encodes it
/// again as the report writer does. Removing it costs one pass over the bytes.
///
///     JSONCompaction.compact("{\n  \"a b\" : [\n    1\n  ]\n}")  // {"a b":[1]}
public enum JSONCompaction {
    /// `json` without the spaces, tabs and line breaks outside its strings. A text that is not JSON is compacted
    /// all the same, by the same rule (an unterminated string keeps everything after its quote).
    public static func compact(_ json: String) -> String {
        var json = json
        return json.withUTF8 { input in
            String(unsafeUninitializedCapacity: input.count) { output in
                var written = 0
                var inString = false
                var escaped = false
                for byte in input {
                    if inString {
                        if escaped {
                            escaped = false
                        } else if byte == UInt8(ascii: "\\") {
                            escaped = true
                        } else if byte == UInt8(ascii: "\"") {
                            inString = false
                        }
                    } else {
                        switch byte {
                        case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r"): continue
                        case UInt8(ascii: "\""): inString = true
                        default: break
                        }
                    }
                    output[written] = byte
                    written += 1
                }
                return written
            }
        }
    }
}
