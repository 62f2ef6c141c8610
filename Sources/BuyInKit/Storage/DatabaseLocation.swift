import Foundation

/// Where the database lives: `--db`, else `BUYIN_DB`, else `$XDG_DATA_HOME/buyin/buyin.sqlite`,
/// else `~/.local/share/buyin/buyin.sqlite`.
public enum DatabaseLocation {
    public static func resolve(option: String?, environment: [String: String]) -> String {
        if let option, !option.isEmpty { return expand(option, environment) }
        if let path = environment["BUYIN_DB"], !path.isEmpty { return expand(path, environment) }
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            dataHome = home + "/.local/share"
        }
        return dataHome + "/buyin/buyin.sqlite"
    }

    /// Whether `location` names a team's PostgreSQL server rather than a file.
    /// Every form libpq accepts (`ConnectionString`): a URI in any case, or `host=… user=…`.
    public static func isServer(_ location: String) -> Bool { ConnectionString.isServer(location) }

    static func expand(_ path: String, _ environment: [String: String]) -> String {
        if path == "~" || path.hasPrefix("~/"), let home = environment["HOME"] {
            return home + path.dropFirst()
        }
        return path
    }
}
