import Foundation

/// Data a command made and used to its end, kept until the process exits instead of freed just
/// before it does. A 1,000-meeting pre-read's view and record are tens of thousands of small
/// objects; releasing them one by one was ~2.5 M instructions of the pre-read, and a listing's
/// rows ~1 M, work the end of the process does at once (callgrind). Only the command-line
/// program turns this on: a process that renders many documents (the tests) frees each as usual.
public enum KeptUntilExit {
    nonisolated(unsafe) private static var isOn = false
    nonisolated(unsafe) private static var kept: [Any] = []
    private static let lock = NSLock()

    /// Called once by a program that exits after one command.
    public static func turnOn() { lock.withLock { isOn = true } }

    /// Keeps `value` alive until the process exits, when turned on; otherwise does nothing.
    public static func keep(_ value: Any) {
        lock.withLock { if isOn { kept.append(value) } }
    }
}
