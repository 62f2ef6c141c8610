import Foundation

/// The permission bits of a file (`0o600`), or nil when it does not exist. Links are followed.
public func permissions(of path: String) -> mode_t? {
    var info = stat()
    return stat(path, &info) == 0 ? info.st_mode & 0o7777 : nil
}
