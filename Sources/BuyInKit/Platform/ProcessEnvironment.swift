#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's environment variables, read once.
///
/// Foundation's `ProcessInfo.environment` builds a new dictionary through several layers on each
/// call; buyin asks for a handful of variables on every run, so one plain snapshot is kept.
public enum ProcessEnvironment {
    public static let current: [String: String] = read()

    static func read() -> [String: String] {
        var variables: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let line = String(cString: pointer)
            if let equals = line.utf8.firstIndex(of: UInt8(ascii: "=")) {
                let name = String(line[..<equals])
                // As getenv(3) does, the first definition of a repeated name wins.
                if variables[name] == nil {
                    variables[name] = String(line[line.utf8.index(after: equals)...])
                }
            }
            entry += 1
        }
        return variables
    }
}
