//
// buyin's patch to swift-argument-parser (see PATCHES.md), not part of the upstream package.
//

/// Each command type's own arguments, made once per process. Parsing one command line made
/// the same command's set three times: to ask whether the subcommand matched by name takes
/// all remaining input, whether it takes all unrecognized input, and then to parse it; each
/// time reading the type's properties and building a definition for each (callgrind, buyin's
/// `meeting list`: ~3 M of 6.8 M instructions of parsing). A type's arguments are the same
/// every time they are made within one process: they are read from a new value of the type.
private let declaredArguments = Mutex<[ObjectIdentifier: DeclaredArguments]>([:])

/// A set kept for the process; never changed once made, so shared between threads.
private final class DeclaredArguments: @unchecked Sendable {
  let set: ArgumentSet
  init(_ set: ArgumentSet) { self.set = set }
}

extension ArgumentSet {
  /// `ArgumentSet(command, visibility: .private, parent: nil)`, made the first time it is asked for.
  static func declared(by command: ParsableArguments.Type) -> ArgumentSet {
    let key = ObjectIdentifier(command)
    if let known = declaredArguments.withLock({ $0[key] }) { return known.set }
    // Made outside the lock: making a set may ask for others.
    let made = DeclaredArguments(ArgumentSet(command, visibility: .private, parent: nil))
    declaredArguments.withLock { $0[key] = made }
    return made.set
  }
}
