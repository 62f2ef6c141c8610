import Foundation

/// Finds buyin's data files (translations, templates, the demo campaign).
///
/// SwiftPM's generated `Bundle.module` stops the program when its bundle is not beside the
/// executable; an installed buyin must instead say what is missing. So we look ourselves:
/// `BUYIN_RESOURCES`, then the bundle beside the (symlink-resolved) executable, then
/// `../share/buyin` next to it. Paths stay plain strings: every command runs this at start-up,
/// and building `URL`s here cost more than the file checks themselves.
public enum ResourceLocator {
    static let bundleName = "buyin_BuyInKit.resources"

    /// The folder holding `en.lproj`, `fr.lproj`, `templates` and `demo`, or nil when none is found.
    public static let directory: String? = locate()

    static func locate() -> String? {
        var candidates: [String] = []
        if let override = ProcessEnvironment.current["BUYIN_RESOURCES"], !override.isEmpty {
            candidates.append(override)
        }
        // realpath(3) on /proc/self/exe: the installed binary's real folder, symlinks resolved.
        var executableFolder: String?
        if let resolved = realpath("/proc/self/exe", nil) {
            executableFolder = parent(of: String(cString: resolved))
            free(resolved)
        } else if let url = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            executableFolder = url.deletingLastPathComponent().path
        }
        if let folder = executableFolder {
            candidates.append(folder + "/" + bundleName)
            candidates.append(parent(of: folder) + "/share/buyin")
        }
        if let found = candidates.first(where: isResourceFolder) { return found }
        // Last, where SwiftPM's own accessor would look; asking `Bundle.main` costs, so only now.
        let beside = Bundle.main.bundlePath + "/" + bundleName
        return isResourceFolder(beside) ? beside : nil
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func isResourceFolder(_ path: String) -> Bool {
        access(path + "/en.lproj/Localizable.strings", R_OK) == 0
    }

    /// The contents of a file inside the resources folder, or a typed error naming what is missing.
    public static func contents(_ relativePath: String) throws -> Data {
        guard let directory, let data = FileManager.default.contents(atPath: directory + "/" + relativePath) else {
            throw BuyInError.resourcesMissing
        }
        return data
    }
}
