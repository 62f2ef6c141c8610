//
// buyin's patch to swift-argument-parser (see PATCHES.md), not part of the upstream package.
//

@_spi(Reflection) import Swift

/// The stored properties of a parsable type's value, named as `Mirror(reflecting:)` names a
/// struct's children, read with the standard library's walk of the type's fields. A program's
/// first `Mirror` makes the runtime search all of its conformances about a dozen times (whether
/// the type is `CustomReflectable`, then the `Range<Int>` and `Int` conformances its list of
/// children needs): ~3.5 M instructions of a start-up that parses a command line and reads a
/// few rows. A class, or a type whose fields the runtime cannot describe, goes to `Mirror`.
func storedProperties(of value: Any) -> [(label: String?, value: Any)] {
    func read<Value>(_ value: Value) -> [(label: String?, value: Any)]? {
        // A class's fields lie in its object, not in the reference `withUnsafeBytes` would read.
        guard !(Value.self is AnyObject.Type) else { return nil }
        var properties: [(label: String?, value: Any)] = []
        let complete = withUnsafeBytes(of: value) { bytes in
            // No options, given as a raw value: the default `[]` is an array literal made a set
            // by the generic `SetAlgebra.init`, whose first use searched all of the program's
            // conformances.
            _forEachField(of: Value.self, options: _EachFieldOptions(rawValue: 0)) { name, offset, type, _ in
                func load<Field>(_: Field.Type) -> Any {
                    (bytes.baseAddress! + offset).assumingMemoryBound(to: Field.self).pointee
                }
                properties.append((String(cString: name), _openExistential(type, do: load)))
                return true
            }
        }
        return complete ? properties : nil
    }
    return _openExistential(value, do: read) ?? Mirror(reflecting: value).children.map { ($0.label, $0.value) }
}
