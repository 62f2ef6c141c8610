//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

/// Protocol for objects that can be rendered as a sequence in Mustache
public protocol MustacheSequence: Sequence {}

extension MustacheSequence {
    /// Render section using template, into the document's one string (buyin's patch, see
    /// PATCHES.md)
    func renderSection(with template: MustacheTemplate, context: MustacheContext, into output: inout RenderOutput) {
        var sequenceContext = MustacheSequenceContext(first: true)

        var iterator = makeIterator()
        guard let firstObject = iterator.next() else { return }
        // One context for the items, its top replaced for each (buyin's patch, see PATCHES.md).
        var itemContext = context.withSequence(Self.unboxed(firstObject), sequenceContext: sequenceContext)

        while let object = iterator.next() {
            template.render(context: itemContext, into: &output)
            sequenceContext.first = false
            sequenceContext.index += 1
            itemContext.replaceSequenceItem(with: Self.unboxed(object), sequenceContext: sequenceContext)
        }

        sequenceContext.last = true
        itemContext.replaceSequenceItem(with: itemContext.stack[itemContext.stack.count - 1], sequenceContext: sequenceContext)
        template.render(context: itemContext, into: &output)
    }

    /// An element as the renderer holds values. Converted to `Any` here, where its type is generic,
    /// an element of a list of `Any` would be boxed in a second `Any`, which every later question
    /// to the value has to look through: 9,513 checked casts in a 1,000-meeting pre-read (buyin's
    /// patch, see PATCHES.md).
    private static func unboxed(_ element: Element) -> Any {
        Element.self == Any.self ? unsafeBitCast(element, to: Any.self) : element
    }

    /// Render inverted section using template
    func renderInvertedSection(with template: MustacheTemplate, context: MustacheContext, into output: inout RenderOutput) {
        var iterator = makeIterator()
        if iterator.next() == nil {
            template.render(context: context.withObject(self), into: &output)
        }
    }
}

extension Array: MustacheSequence {}
extension Set: MustacheSequence {}
extension ReversedCollection: MustacheSequence {}
