import Foundation

/// Finds buyin's data files (translations, templates, the demo campaign).
///
/// SwiftPM's generated `Bundle.module` stops the program when its bundle is not beside the
/// executable; an installed buyin must instead say what is missing. So we look ourselves:
/// `BUYIN_RESOURCES`, then the bundle beside the (symlink-resolved) executable, then
/// `../share/buyin` next to it.
public enum ResourceLocator {
    static let bundleName = "buyin_BuyInKit.resources"

    /// The folder holding `en.lproj`, `fr.lproj`, `templates` and `demo`, or nil when none is found.
    public static let directory: URL? = locate()

    static func locate() -> URL? {
        let fileManager = FileManager.default
        var candidates: [URL] = []
        if let override = ProcessInfo.processInfo.environment["BUYIN_RESOURCES"], !override.isEmpty {
            candidates.append(URL(fileURLWithPath: override))
        }
        // realpath(3) on /proc/self/exe: the installed binary's real folder, symlinks resolved.
        var executableFolder: URL?
        if let resolved = realpath("/proc/self/exe", nil) {
            executableFolder = URL(fileURLWithPath: String(cString: resolved)).deletingLastPathComponent()
            free(resolved)
        } else {
            executableFolder = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent()
        }
        if let folder = executableFolder {
            candidates.append(folder.appendingPathComponent(bundleName))
            candidates.append(folder.deletingLastPathComponent().appendingPathComponent("share/buyin"))
        }
        candidates.append(Bundle.main.bundleURL.appendingPathComponent(bundleName))
        return candidates.first { isResourceFolder($0) }
    }

    static func isResourceFolder(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent("en.lproj/Localizable.strings").path)
    }

    /// A file inside the resources folder, or a typed error naming what is missing.
    public static func file(_ relativePath: String) throws -> URL {
        guard let directory else { throw BuyInError.resourcesMissing }
        let url = directory.appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else { throw BuyInError.resourcesMissing }
        return url
    }
}
