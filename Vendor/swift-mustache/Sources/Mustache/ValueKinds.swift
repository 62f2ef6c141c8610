//
// buyin's patch to swift-mustache (see PATCHES.md), not part of the upstream package.
//

import Foundation

/// What one rendering has learned about each type of value it met: which of the renderer's
/// protocols the type conforms to, asked once of the type. Each later value of that type is then
/// answered without a cast to a protocol, which costs the Swift runtime about 1,200 instructions
/// even when it has cached the answer, and a rendering asks tens of thousands of them.
final class MustacheValueKinds {
    /// A rendering meets a handful of types, found fastest by a walk of a short list. Unchecked:
    /// a rendering runs on one thread and reads the list only between appends, and the runtime's
    /// check of each access was a fifth of this lookup (callgrind, 34,828 lookups). It starts
    /// with the types the program told up front (`MustacheKnownType.register`).
    @exclusivity(unchecked) private var known: [MustacheValueKind] = MustacheKnownType.registered

    func of(_ value: Any) -> MustacheValueKind {
        let type = type(of: value)
        for kind in known where kind.type == type { return kind }
        let kind = MustacheValueKind(type)
        known.append(kind)
        return kind
    }
}

/// One type's answers to the questions the renderer asks of every value it meets: is it a
/// parent, has it a custom representation, is it custom renderable, a sequence, a template, a
/// lambda, a `Bool`. (A transform is rare: the renderer casts to it as before.)
///
/// Where a cast answers by the value rather than by its type (an `Optional`, which a cast looks
/// through, `AnyHashable`, a class, which Foundation may bridge), each value is cast as before.
struct MustacheValueKind {
    fileprivate let type: Any.Type
    private let byType: Bool
    private let parentType: (any MustacheParent.Type)?
    private let representationType: (any MustacheCustomRepresentation.Type)?
    private let renderableType: (any MustacheCustomRenderable.Type)?
    private let sequenceType: (any MustacheSequence.Type)?

    fileprivate init(_ type: Any.Type) {
        self.init(
            type, parent: type as? any MustacheParent.Type, representation: type as? any MustacheCustomRepresentation.Type,
            renderable: type as? any MustacheCustomRenderable.Type, sequence: type as? any MustacheSequence.Type
        )
    }

    fileprivate init(
        _ type: Any.Type, parent: (any MustacheParent.Type)?, representation: (any MustacheCustomRepresentation.Type)?,
        renderable: (any MustacheCustomRenderable.Type)?, sequence: (any MustacheSequence.Type)?
    ) {
        self.type = type
        // Asked of `Optional` by its builtin kind, on the type opened from `Any.Type`: a cast to
        // a protocol here would cost the runtime a scan of every conformance in the program.
        func isOptional<T>(_ type: T.Type) -> Bool { _isOptional(type) }
        byType = !_openExistential(type, do: isOptional) && type != AnyHashable.self && !(type is AnyObject.Type)
        parentType = parent
        representationType = representation
        renderableType = renderable
        sequenceType = sequence
    }

    /// Whether two kinds give the same four answers.
    fileprivate func answersAsDoes(_ other: MustacheValueKind) -> Bool {
        func same(_ one: Any.Type?, _ two: Any.Type?) -> Bool { one.map(ObjectIdentifier.init) == two.map(ObjectIdentifier.init) }
        return same(parentType, other.parentType) && same(representationType, other.representationType)
            && same(renderableType, other.renderableType) && same(sequenceType, other.sequenceType)
    }

    func parent(_ value: Any) -> (any MustacheParent)? {
        byType ? parentType?.opening(value) : value as? MustacheParent
    }

    func representation(_ value: Any) -> (any MustacheCustomRepresentation)? {
        byType ? representationType?.opening(value) : value as? MustacheCustomRepresentation
    }

    func renderable(_ value: Any) -> (any MustacheCustomRenderable)? {
        byType ? renderableType?.opening(value) : value as? MustacheCustomRenderable
    }

    func sequence(_ value: Any) -> (any MustacheSequence)? {
        byType ? sequenceType?.opening(value) : value as? any MustacheSequence
    }

    func template(_ value: Any) -> MustacheTemplate? {
        !byType || type == MustacheTemplate.self ? value as? MustacheTemplate : nil
    }

    func lambda(_ value: Any) -> MustacheLambda? {
        !byType || type == MustacheLambda.self ? value as? MustacheLambda : nil
    }

    func bool(_ value: Any) -> Bool? {
        !byType || type == Bool.self ? value as? Bool : nil
    }
}

/// A type of the program's, told to the renderer once with the conformances the compiler knows
/// (buyin's patch, see PATCHES.md). A rendering otherwise learns a type the first time it meets
/// it, with four casts to protocols, and the first cast of a type to a protocol makes the Swift
/// runtime search every conformance in the program: ~280,000 instructions each in a program of
/// ~7,900 conformances. Tell each of the type's conformances to the renderer's protocols, and
/// check `matchesConformances` in a test: a conformance left out is one the renderer won't see.
public struct MustacheKnownType: @unchecked Sendable {
    fileprivate let kind: MustacheValueKind

    /// `type` and, as that same type, each of the renderer's protocols it conforms to.
    public init(
        _ type: Any.Type, parent: (any MustacheParent.Type)? = nil, representation: (any MustacheCustomRepresentation.Type)? = nil,
        renderable: (any MustacheCustomRenderable.Type)? = nil, sequence: (any MustacheSequence.Type)? = nil
    ) {
        for told in [parent, representation, renderable, sequence] as [Any.Type?] {
            precondition(told.map { ObjectIdentifier($0) == ObjectIdentifier(type) } ?? true, "A conformance told for another type")
        }
        kind = MustacheValueKind(type, parent: parent, representation: representation, renderable: renderable, sequence: sequence)
    }

    /// Whether the runtime's casts give the answers told (each asked with a cast, as a rendering
    /// that was not told would ask).
    public var matchesConformances: Bool { kind.answersAsDoes(MustacheValueKind(kind.type)) }

    /// Tells every later rendering of the process about `types`.
    public static func register(_ types: [MustacheKnownType]) {
        lock.withLock { known += types.map(\.kind) }
    }

    fileprivate static var registered: [MustacheValueKind] { lock.withLock { known } }

    private static let lock = NSLock()
    #if compiler(>=6.0)
    nonisolated(unsafe) private static var known: [MustacheValueKind] = []
    #else
    private static var known: [MustacheValueKind] = []
    #endif
}

// A value whose type is known to conform is opened as that type, without a cast to the protocol.
extension MustacheParent {
    fileprivate static func opening(_ value: Any) -> any MustacheParent { opened(value, as: Self.self) }
}

extension MustacheCustomRepresentation {
    fileprivate static func opening(_ value: Any) -> any MustacheCustomRepresentation { opened(value, as: Self.self) }
}

extension MustacheCustomRenderable {
    fileprivate static func opening(_ value: Any) -> any MustacheCustomRenderable { opened(value, as: Self.self) }
}

extension MustacheSequence {
    fileprivate static func opening(_ value: Any) -> any MustacheSequence { opened(value, as: Self.self) }
}

/// `value`, whose type is known to be `Wanted`. Held directly, it is read in place: a checked
/// cast cost ~360 instructions, 10 M of a 1,000-meeting pre-read (callgrind, PATCHES.md). An `Any`
/// held in an `Any` (a property typed `Any`, read by reflection, arrives so) opens as `Any`: it is cast.
private func opened<Wanted>(_ value: Any, as wanted: Wanted.Type) -> Wanted {
    func open<Opened>(_ opened: Opened) -> Wanted {
        Opened.self == Wanted.self ? unsafeBitCast(opened, to: Wanted.self) : value as! Wanted
    }
    return _openExistential(value, do: open)
}
