//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

import Foundation

extension MustacheTemplate {
    /// Render template using object
    /// - Parameters:
    ///   - stack: Object
    ///   - context: Context that render is occurring in. Contains information about position in sequence
    ///   - indentation: indentation of partial
    /// - Returns: Rendered text
    func render(context: MustacheContext) -> String {
        var output = RenderOutput()
        self.render(context: context, into: &output)
        return output.text
    }

    /// Render into `output`: the whole document is written into one buffer, not a string per
    /// token and per section appended to its parent's (buyin's patch, see PATCHES.md).
    func render(context: MustacheContext, into output: inout RenderOutput) {
        var context = context

        if let indentation = context.indentation, indentation != "" {
            // A partial's indentation goes where its own text starts a line: its text is kept
            // apart, as before, to know where that is.
            var string = ""
            for token in tokens {
                let renderedString = self.renderToken(token, context: &context)
                // if rendered string is not empty and we are on a new line
                if renderedString.count > 0, string.last == "\n" {
                    string += indentation
                }
                string += renderedString
            }
            output += string
        } else {
            // Each token read in place (buyin's patch, see PATCHES.md): iterating copied it,
            // retaining what it holds.
            for index in tokens.indices {
                self.renderToken(tokens[index], context: &context, into: &output)
            }
        }
    }

    func renderToken(_ token: Token, context: inout MustacheContext) -> String {
        var output = RenderOutput()
        self.renderToken(token, context: &context, into: &output)
        return output.text
    }

    func renderToken(_ token: Token, context: inout MustacheContext, into output: inout RenderOutput) {
        switch token {
        case .text(let text):
            output += text

        case .variable(let variable, let transforms):
            if let (child, kind) = getChildAndKind(named: variable, transforms: transforms, context: context) {
                if let template = kind.template(child) {
                    template.render(context: context, into: &output)
                } else if let renderable = kind.renderable(child) {
                    output += context.contentType.escapeText(renderable.renderText)
                } else if let lambda = kind.lambda(child) {
                    output += self.renderLambda(lambda, parameter: "", context: context)
                } else {
                    output += context.contentType.escapeText(String(describing: unwrapIfAnyContainsOptional(child)))
                }
            }

        case .unescapedVariable(let variable, let transforms):
            if let (child, kind) = getChildAndKind(named: variable, transforms: transforms, context: context) {
                if let renderable = kind.renderable(child) {
                    output += renderable.renderText
                } else if let lambda = kind.lambda(child) {
                    output += self.renderUnescapedLambda(lambda, parameter: "", context: context)
                } else {
                    output += String(describing: unwrapIfAnyContainsOptional(child))
                }
            }

        case .section(let variable, let transforms, let template):
            let found = self.getChildAndKind(named: variable, transforms: transforms, context: context)
            if let (child, kind) = found, let lambda = kind.lambda(child) {
                output += self.renderUnescapedLambda(lambda, parameter: template.text, context: context)
                return
            }
            self.renderSection(found: found, with: template, context: context, into: &output)

        case .invertedSection(let variable, let transforms, let template):
            let found = self.getChildAndKind(named: variable, transforms: transforms, context: context)
            self.renderInvertedSection(found: found, with: template, context: context, into: &output)

        case .blockExpansion(let name, let defaultTemplate, let indented):
            if let override = context.inherited?[name] {
                override.render(context: context.withBlockExpansion(indented: indented), into: &output)
            } else {
                defaultTemplate.render(context: context.withBlockExpansion(indented: indented), into: &output)
            }

        case .partial(let name, let indentation, let overrides):
            if var template = context.library?.getTemplate(named: name) {
                #if DEBUG
                if context.reloadPartials {
                    guard let filename = template.filename else {
                        preconditionFailure("Can only use reload if template was generated from a file")
                    }
                    do {
                        guard let partialTemplate = try MustacheTemplate(filename: filename) else {
                            output += "Cannot find template at \(filename)"
                            return
                        }
                        template = partialTemplate
                    } catch {
                        output += "\(error)"
                        return
                    }
                }
                #endif
                template.render(context: context.withPartial(indented: indentation, inheriting: overrides), into: &output)
            }

        case .dynamicNamePartial(let name, let indentation, let overrides):
            let child = self.getChild(named: name, transforms: [], context: context)
            guard let childName = child as? String else {
                return
            }
            if var template = context.library?.getTemplate(named: childName) {
                #if DEBUG
                if context.reloadPartials {
                    guard let filename = template.filename else {
                        preconditionFailure("Can only use reload if template was generated from a file")
                    }
                    do {
                        guard let partialTemplate = try MustacheTemplate(filename: filename) else {
                            output += "Cannot find template at \(filename)"
                            return
                        }
                        template = partialTemplate
                    } catch {
                        output += "\(error)"
                        return
                    }
                }
                #endif
                template.render(context: context.withPartial(indented: indentation, inheriting: overrides), into: &output)
            }

        case .contentType(let contentType):
            context = context.withContentType(contentType)

        case .blockDefinition:
            fatalError("Should not be rendering block definitions")
        }
    }

    /// Render a section
    /// - Parameters:
    ///   - child: Object to render section for
    ///   - parent: Current object being rendered
    ///   - template: Template to render with
    /// - Returns: Rendered text
    func renderSection(_ child: Any?, with template: MustacheTemplate, context: MustacheContext) -> String {
        var output = RenderOutput()
        self.renderSection(child, with: template, context: context, into: &output)
        return output.text
    }

    func renderSection(_ child: Any?, with template: MustacheTemplate, context: MustacheContext, into output: inout RenderOutput) {
        self.renderSection(found: child.map { ($0, context.kinds.of($0)) }, with: template, context: context, into: &output)
    }

    /// A section over a value whose kind is known already (buyin's patch, see PATCHES.md).
    func renderSection(found: (Any, MustacheValueKind)?, with template: MustacheTemplate, context: MustacheContext,
                       into output: inout RenderOutput) {
        guard let (child, kind) = found else { return }
        if let array = kind.sequence(child) {
            array.renderSection(with: template, context: context, into: &output)
        } else if let bool = kind.bool(child) {
            if bool { template.render(context: context, into: &output) }
        } else if let null = kind.renderable(child), null.isNull == true {
            return
        } else {
            template.render(context: context.withObject(child), into: &output)
        }
    }

    /// Render an inverted section
    /// - Parameters:
    ///   - child: Object to render section for
    ///   - parent: Current object being rendered
    ///   - template: Template to render with
    func renderInvertedSection(found: (Any, MustacheValueKind)?, with template: MustacheTemplate, context: MustacheContext,
                               into output: inout RenderOutput) {
        guard let (child, kind) = found else { return template.render(context: context, into: &output) }
        if let array = kind.sequence(child) {
            array.renderInvertedSection(with: template, context: context, into: &output)
        } else if let bool = kind.bool(child) {
            if !bool { template.render(context: context, into: &output) }
        } else if let null = kind.renderable(child), null.isNull == true {
            template.render(context: context, into: &output)
        }
    }

    func renderLambda(_ lambda: MustacheLambda, parameter: String, context: MustacheContext) -> String {
        var lambda = lambda
        while true {
            guard let result = lambda(parameter) else { return "" }
            if let string = result as? String {
                do {
                    let newTemplate = try MustacheTemplate(string: context.contentType.escapeText(string))
                    return self.renderSection(context.stack.last, with: newTemplate, context: context)
                } catch {
                    return ""
                }
            } else if let lambda2 = result as? MustacheLambda {
                lambda = lambda2
                continue
            } else {
                return context.contentType.escapeText(String(describing: unwrapIfAnyContainsOptional(result)))
            }
        }
    }

    func renderUnescapedLambda(_ lambda: MustacheLambda, parameter: String, context: MustacheContext) -> String {
        var lambda = lambda
        while true {
            guard let result = lambda(parameter) else { return "" }
            if let string = result as? String {
                do {
                    let newTemplate = try MustacheTemplate(string: string)
                    return self.renderSection(context.stack.last, with: newTemplate, context: context)
                } catch {
                    return ""
                }
            } else if let lambda2 = result as? MustacheLambda {
                lambda = lambda2
                continue
            } else {
                return String(describing: unwrapIfAnyContainsOptional(result))
            }
        }
    }

    /// The child object a variable names, and its kind.
    func getChildAndKind(named name: String, transforms: [String], context: MustacheContext) -> (value: Any, kind: MustacheValueKind)? {
        func _getImmediateChild(named name: String, from object: Any) -> Any? {
            // A parent answers for itself first: one cast where a lookup made two (buyin's patch,
            // see PATCHES.md).
            let kind = context.kinds.of(object)
            if let parent = kind.parent(object) {
                return parent.child(named: name)
            }
            let child = {
                let object: Any? =
                    if let custom = kind.representation(object) {
                        custom.representation
                    } else {
                        object
                    }
                if let object, let customBox = context.kinds.of(object).parent(object) {
                    return customBox.child(named: name)
                } else if let object {
                    let mirror = Mirror(reflecting: object)
                    return mirror.getValue(forKey: name)
                } else {
                    return nil
                }
            }()
            return child
        }

        func _getChild(named names: ArraySlice<String>, from object: Any) -> Any? {
            guard let name = names.first else { return object }
            var object = object
            if let lambda = context.kinds.of(object).lambda(object) {
                guard let result = lambda("") else { return nil }
                object = result
            }
            guard let childObject = _getImmediateChild(named: name, from: object) else { return nil }
            let names2 = names.dropFirst()
            return _getChild(named: names2, from: childObject)
        }

        func _getChildInStack(named names: ArraySlice<String>, from stack: [Any]) -> Any? {
            guard let name = names.first else { return stack.last }
            for object in stack.reversed() {
                if let childObject = _getImmediateChild(named: name, from: object) {
                    let names2 = names.dropFirst()
                    return _getChild(named: names2, from: childObject)
                }
            }
            return nil
        }

        // work out which object to access. "." means the current object, if the variable name is ""
        // and we have a transform to run on the variable then we need the context object, otherwise
        // the name is split by "." and we use mirror to get the correct child object. If we cannot find
        // the root object we look up the context stack until we can find one with a matching name. The
        // stack climbing can be disabled by prefixing the variable name with a "."
        var child: Any?
        if Self.isPlain(name) {
            // A plain name, nearly every lookup, is found up the stack as the last branch below
            // would, without splitting it into an array first (buyin's patch, see PATCHES.md).
            // The stack is walked by index: its reversed view went through generic witnesses.
            let stack = context.stack
            var level = stack.count
            while level > 0 {
                level -= 1
                if let childObject = _getImmediateChild(named: name, from: stack[level]) {
                    child = childObject
                    break
                }
            }
        } else if name == "." {
            child = context.stack.last!
        } else if name == "", !transforms.isEmpty {
            child = context.sequenceContext
        } else if name.first == "." {
            let nameSplit = Self.nameParts(name)
            child = _getChild(named: nameSplit[...], from: context.stack.last!)
        } else {
            let nameSplit = Self.nameParts(name)
            child = _getChildInStack(named: nameSplit[...], from: context.stack)
        }

        // skip transforms if child is already nil
        guard var child else {
            return nil
        }
        // The kind of the value found is learnt once and handed to the caller with it, which
        // asked it again (buyin's patch, see PATCHES.md).
        var kind = context.kinds.of(child)
        if let custom = kind.representation(child) {
            guard let represented = custom.representation else { return nil }
            child = represented
            kind = context.kinds.of(child)
        }

        // if we want to run a transform and the current child can have transforms applied to it then
        // run transform on the current child
        for transform in transforms.reversed() {
            if let runnable = child as? MustacheTransformable,
                let transformed = runnable.transform(transform)
            {
                child = transformed
                kind = context.kinds.of(child)
                continue
            }

            // return nil if transform is unsuccessful or has returned nil
            return nil
        }
        return (child, kind)
    }

    /// Get child object from variable name
    func getChild(named name: String, transforms: [String], context: MustacheContext) -> Any? {
        getChildAndKind(named: name, transforms: transforms, context: context)?.value
    }

    /// `name` split at its dots, as `name.split(separator: ".")` splits it: on its bytes when
    /// it is ASCII, where each byte is a character (buyin's patch, see PATCHES.md: splitting by
    /// characters cost 7 K instructions a name).
    static func nameParts(_ name: String) -> [String] {
        var name = name
        let parts: [String]? = name.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return [] }
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            // Each dot found with memchr(3), the parts made as they are found: the generic
            // `split` made an array of slices first (1,800 instructions a dotted name).
            var parts: [String] = []
            var start = 0
            while start < bytes.count {
                let end = memchr(base + start, Int32(UInt8(ascii: ".")), bytes.count - start)
                    .map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? bytes.count
                if end > start { parts.append(String(decoding: UnsafeBufferPointer(start: base + start, count: end - start), as: UTF8.self)) }
                start = end + 1
            }
            return parts
        }
        return parts ?? name.split(separator: ".").map { String($0) }
    }

    /// Whether a name is one plain name: not empty, no dot. memchr(3) on the name's own bytes,
    /// where the generic search cost 225 instructions a lookup (buyin's patch, see PATCHES.md).
    static func isPlain(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
            return memchr(base, Int32(UInt8(ascii: ".")), bytes.count) == nil
        }
    }

    private func unwrapIfAnyContainsOptional(_ value: Any) -> Any {
        guard let opt = value as? AnyOptional else { return value }
        return opt.anyWrapped ?? value  // nil? keep the original Optional.none
    }
}
