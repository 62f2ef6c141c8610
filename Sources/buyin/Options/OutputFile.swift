import BuyInKit

/// `buyin export FILE` and `buyin backup FILE` also take `--output FILE`, as `brief` and
/// `calendar` do: the file given either way, once.
enum OutputFile {
    static func path(positional: String?, output: String?) throws -> String {
        switch (positional, output) {
        case let (file?, nil), let (nil, file?): return file
        case let (file?, _?): throw BuyInError.conflictingOptions(file, "--output")
        case (nil, nil): throw BuyInError.missingValue(field: "outputFile")
        }
    }
}
