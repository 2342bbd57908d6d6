/// A node of a parsed HTML page as plain Swift values: libxml2's tree copied out, so extraction code never touches
/// C pointers and a parsed page can be kept or passed across threads.
public enum HTMLNode: Sendable, Hashable {
    case element(HTMLElement)
    /// Text with entities already decoded (`&amp;` is `&`), whitespace as in the page.
    case text(String)
}

/// One attribute, in document order.
public struct HTMLAttribute: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// An element with its lower-cased tag name, attributes and children.
public struct HTMLElement: Sendable, Hashable {
    public var name: String
    public var attributes: [HTMLAttribute]
    public var children: [HTMLNode]

    public init(name: String, attributes: [HTMLAttribute] = [], children: [HTMLNode] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    /// The value of the first attribute with this (lower-case) name.
    public func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }

    /// All text below this element, concatenated as in the page (`style`, `svg` and non-JSON `script` elements are
    /// read without their content).
    public var textContent: String {
        var result = ""
        appendText(to: &result)
        return result
    }

    private func appendText(to result: inout String) {
        for child in children {
            switch child {
            case .text(let text): result += text
            case .element(let element): element.appendText(to: &result)
            }
        }
    }

    /// The child elements, skipping text.
    public var childElements: [HTMLElement] {
        children.compactMap { if case .element(let element) = $0 { return element } else { return nil } }
    }
}
