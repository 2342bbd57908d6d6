import Foundation

/// A validator for the subset of JSON Schema (2020-12) that docs/report.schema.json uses.
///
/// Keywords: `type` (a name or a list), `properties`, `required`, `additionalProperties` (a boolean or a schema),
/// `items`, `enum`, `const`, `minimum`, `maximum`, `pattern` and local `$ref`s (`#/$defs/Name`); `$schema`, `$id`,
/// `$defs`, `title` and `description` are annotations. Any other keyword is reported as an error, so the schema
/// cannot silently grow past what the tests check.
struct JSONSchemaValidator {
    let root: [String: Any]

    static let annotations: Set<String> = ["$schema", "$id", "$defs", "title", "description"]
    static let keywords: Set<String> = [
        "type", "properties", "required", "additionalProperties", "items", "enum", "const", "minimum", "maximum",
        "pattern", "$ref",
    ]

    init(schemaAt path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        root = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    /// The errors of `value` against the schema at `pointer` ("#" or "#/$defs/GroupReport"), as "path: problem".
    func errors(of value: Any, against pointer: String = "#") -> [String] {
        guard let schema = resolve(pointer) else { return ["schema: cannot resolve \(pointer)"] }
        var found: [String] = []
        check(value, schema, path: "$", errors: &found)
        return found
    }

    func resolve(_ pointer: String) -> [String: Any]? {
        var node: Any = root
        for part in pointer.split(separator: "/").dropFirst() {
            guard let object = node as? [String: Any], let next = object[String(part)] else { return nil }
            node = next
        }
        return node as? [String: Any]
    }

    func check(_ value: Any, _ schema: [String: Any], path: String, errors: inout [String]) {
        for key in schema.keys where !Self.keywords.contains(key) && !Self.annotations.contains(key) {
            errors.append("schema at \(path): unsupported keyword \(key)")
        }
        if let ref = schema["$ref"] as? String {
            guard let target = resolve(ref) else { return errors.append("\(path): cannot resolve \(ref)") }
            check(value, target, path: path, errors: &errors)
        }
        if let type = schema["type"] {
            let allowed = (type as? [String]) ?? [type as? String ?? ""]
            if !allowed.contains(where: { Self.matches(value, type: $0) }) {
                errors.append("\(path): expected \(allowed.joined(separator: "|")), got \(Swift.type(of: value))")
                return
            }
        }
        if let options = schema["enum"] as? [Any], !options.contains(where: { Self.equal($0, value) }) {
            errors.append("\(path): \(value) is not one of \(options)")
        }
        if let constant = schema["const"], !Self.equal(constant, value) {
            errors.append("\(path): \(value) is not \(constant)")
        }
        if let number = Self.number(value) {
            if let minimum = schema["minimum"].flatMap(Self.number), number < minimum {
                errors.append("\(path): \(number) < \(minimum)")
            }
            if let maximum = schema["maximum"].flatMap(Self.number), number > maximum {
                errors.append("\(path): \(number) > \(maximum)")
            }
        }
        if let pattern = schema["pattern"] as? String, let text = value as? String {
            let expression = try? NSRegularExpression(pattern: pattern)
            let range = NSRange(text.startIndex..., in: text)
            if expression?.firstMatch(in: text, range: range) == nil {
                errors.append("\(path): \"\(text)\" does not match \(pattern)")
            }
        }
        if let object = value as? [String: Any] { checkObject(object, schema, path: path, errors: &errors) }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, item) in array.enumerated() { check(item, items, path: "\(path)[\(index)]", errors: &errors) }
        }
    }

    func checkObject(_ object: [String: Any], _ schema: [String: Any], path: String, errors: inout [String]) {
        let properties = schema["properties"] as? [String: Any] ?? [:]
        for name in schema["required"] as? [String] ?? [] where object[name] == nil {
            errors.append("\(path): missing required \(name)")
        }
        for (name, member) in object.sorted(by: { $0.key < $1.key }) {
            if let property = properties[name] as? [String: Any] {
                check(member, property, path: "\(path).\(name)", errors: &errors)
            } else if let extra = schema["additionalProperties"] as? [String: Any] {
                check(member, extra, path: "\(path).\(name)", errors: &errors)
            } else if schema["additionalProperties"] as? Bool == false {
                errors.append("\(path): unexpected property \(name)")
            }
        }
    }

    static func matches(_ value: Any, type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "boolean": return isBoolean(value)
        case "null": return value is NSNull
        case "number": return !isBoolean(value) && number(value) != nil
        case "integer": return !isBoolean(value) && number(value).map { $0 == $0.rounded() } == true
        default: return false
        }
    }

    /// JSONSerialization gives booleans as NSNumber too (and `1 is Bool` holds): tell them apart by the boxed type.
    static func isBoolean(_ value: Any) -> Bool {
        String(describing: Swift.type(of: value)).contains("Boolean") || Swift.type(of: value) == Bool.self
    }

    static func number(_ value: Any) -> Double? {
        guard !(value is String), let number = value as? NSNumber else { return nil }
        return number.doubleValue
    }

    static func equal(_ left: Any, _ right: Any) -> Bool {
        (left as? NSObject)?.isEqual(right) ?? false
    }
}
