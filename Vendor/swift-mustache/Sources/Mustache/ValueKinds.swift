//
// buyin's patch to swift-mustache (see PATCHES.md), not part of the upstream package.
//

/// What one rendering has learned about each type of value it met: which of the renderer's
/// protocols the type conforms to, asked once of the type. Each later value of that type is then
/// answered without a cast to a protocol, which costs the Swift runtime about 1,200 instructions
/// even when it has cached the answer, and a rendering asks tens of thousands of them.
///
/// Where a cast answers by the value rather than by its type (an `Optional`, `AnyHashable`, a
/// class, which Foundation may bridge), each value is cast as before.
final class MustacheValueKinds {
    /// One type's answers, each asked of the runtime the first time the renderer needs it: a
    /// question never asked costs nothing, and a type the runtime has not seen before with a
    /// protocol costs a scan of every conformance in the program.
    private final class Kind {
        let type: Any.Type
        let byType: Bool
        lazy var parent = type as? any MustacheParent.Type
        lazy var representation = type as? any MustacheCustomRepresentation.Type
        lazy var renderable = type as? any MustacheCustomRenderable.Type
        lazy var sequence = type as? any MustacheSequence.Type
        lazy var transformable = type as? any MustacheTransformable.Type
        var isTemplate: Bool { type == MustacheTemplate.self }
        var isLambda: Bool { type == MustacheLambda.self }
        var isBool: Bool { type == Bool.self }

        init(_ type: Any.Type) {
            self.type = type
            byType = !(type is AnyOptional.Type) && type != AnyHashable.self && !(type is AnyObject.Type)
        }
    }

    /// A rendering meets a handful of types, found fastest by a walk of a short list.
    private var kinds: [Kind] = []

    private func kind(of value: Any) -> Kind {
        let type = type(of: value)
        for kind in kinds where kind.type == type { return kind }
        let kind = Kind(type)
        kinds.append(kind)
        return kind
    }

    func parent(_ value: Any) -> (any MustacheParent)? {
        let kind = kind(of: value)
        guard kind.byType else { return value as? MustacheParent }
        return kind.parent?.opening(value)
    }

    func representation(_ value: Any) -> (any MustacheCustomRepresentation)? {
        let kind = kind(of: value)
        guard kind.byType else { return value as? MustacheCustomRepresentation }
        return kind.representation?.opening(value)
    }

    func renderable(_ value: Any) -> (any MustacheCustomRenderable)? {
        let kind = kind(of: value)
        guard kind.byType else { return value as? MustacheCustomRenderable }
        return kind.renderable?.opening(value)
    }

    func sequence(_ value: Any) -> (any MustacheSequence)? {
        let kind = kind(of: value)
        guard kind.byType else { return value as? any MustacheSequence }
        return kind.sequence?.opening(value)
    }

    func transformable(_ value: Any) -> (any MustacheTransformable)? {
        let kind = kind(of: value)
        guard kind.byType else { return value as? MustacheTransformable }
        return kind.transformable?.opening(value)
    }

    func template(_ value: Any) -> MustacheTemplate? {
        let kind = kind(of: value)
        guard !kind.byType || kind.isTemplate else { return nil }
        return value as? MustacheTemplate
    }

    func lambda(_ value: Any) -> MustacheLambda? {
        let kind = kind(of: value)
        guard !kind.byType || kind.isLambda else { return nil }
        return value as? MustacheLambda
    }

    func bool(_ value: Any) -> Bool? {
        let kind = kind(of: value)
        guard !kind.byType || kind.isBool else { return nil }
        return value as? Bool
    }
}

// A value whose type is known to conform is opened as that type: a cast to a concrete type,
// several times cheaper than a cast to the protocol.
extension MustacheParent {
    fileprivate static func opening(_ value: Any) -> any MustacheParent { value as! Self }
}

extension MustacheCustomRepresentation {
    fileprivate static func opening(_ value: Any) -> any MustacheCustomRepresentation { value as! Self }
}

extension MustacheCustomRenderable {
    fileprivate static func opening(_ value: Any) -> any MustacheCustomRenderable { value as! Self }
}

extension MustacheSequence {
    fileprivate static func opening(_ value: Any) -> any MustacheSequence { value as! Self }
}

extension MustacheTransformable {
    fileprivate static func opening(_ value: Any) -> any MustacheTransformable { value as! Self }
}
