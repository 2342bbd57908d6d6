/// Accent folding tables for Latin-1 Supplement, Latin Extended-A/B and Latin Extended Additional.
///
/// French news needs `é è ê ë` → `e`, `ç` → `c`, `œ` → `oe`; the tables also cover the other European letters so
/// names from any Latin-script source match (`Łódź` → `lodz`). Each entry is the lowercase letter with its
/// combining marks removed (NFKD), plus the letters that have no decomposition (`ø ł đ þ ß æ œ`); they were
/// generated once with Python's `unicodedata` (UCD 14.0). An empty entry means "not a letter or no ASCII
/// folding": the general-category fallback then applies.
enum LatinFolding {
    /// U+00C0..<U+0250, indexed by `scalar - 0xC0`.
    static let latin1: [FoldedScalar?] = parse(latin1Data)
    /// U+1E00..<U+1F00, indexed by `scalar - 0x1E00`.
    static let latinExtendedAdditional: [FoldedScalar?] = parse(latinExtendedData)

    private static func parse(_ data: String) -> [FoldedScalar?] {
        data.unicodeScalars.split(separator: ",", omittingEmptySubsequences: false).map { entry in
            let letters = Array(entry.filter { $0 != " " && $0 != "\n" })
            switch letters.count {
            case 0: return nil
            case 1: return .word(letters[0])
            default: return .expansion(Array(letters))
            }
        }
    }

    private static let latin1Data = """
        a, a, a, a, a, a, ae, c, e, e, e, e, i, i, i, i, d, n, o, o, o, o, o, , o, u, u, u, u, y, th, ss, a, a, a, a, a,
        a, ae, c, e, e, e, e, i, i, i, i, d, n, o, o, o, o, o, , o, u, u, u, u, y, th, y, a, a, a, a, a, a, c, c, c, c,
        c, c, c, c, d, d, d, d, e, e, e, e, e, e, e, e, e, e, g, g, g, g, g, g, g, g, h, h, h, h, i, i, i, i, i, i, i,
        i, i, i, ij, ij, j, j, k, k, k, l, l, l, l, l, l, l, l, l, l, n, n, n, n, n, n, , n, n, o, o, o, o, o, o, oe,
        oe, r, r, r, r, r, r, s, s, s, s, s, s, s, s, t, t, t, t, t, t, u, u, u, u, u, u, u, u, u, u, u, u, w, w, y, y,
        y, z, z, z, z, z, z, s, b, , , , , , , , , , , , , , , , , , , , , , , i, , , l, , , , , , o, o, , , , , , , , ,
        , , , , , u, u, , , , , z, z, , , , , , , , , , , , , , dz, dz, dz, lj, lj, lj, nj, nj, nj, a, a, i, i, o, o, u,
        u, u, u, u, u, u, u, u, u, , a, a, a, a, ae, ae, g, g, g, g, k, k, o, o, o, o, , , j, dz, dz, dz, g, g, , , n,
        n, a, a, ae, ae, o, o, a, a, a, a, e, e, e, e, i, i, i, i, o, o, o, o, r, r, r, r, u, u, u, u, s, s, t, t, , ,
        h, h, , , , , , , a, a, e, e, o, o, o, o, o, o, o, o, y, y, , , , , , , , c, c, l, , s, z, , , b, , , e, e, j,
        j, q, q, r, r, y, y
        """

    private static let latinExtendedData = """
        a, a, b, b, b, b, b, b, c, c, d, d, d, d, d, d, d, d, d, d, e, e, e, e, e, e, e, e, e, e, f, f, g, g, h, h, h,
        h, h, h, h, h, h, h, i, i, i, i, k, k, k, k, k, k, l, l, l, l, l, l, l, l, m, m, m, m, m, m, n, n, n, n, n, n,
        n, n, o, o, o, o, o, o, o, o, p, p, p, p, r, r, r, r, r, r, r, r, s, s, s, s, s, s, s, s, s, s, t, t, t, t, t,
        t, t, t, u, u, u, u, u, u, u, u, u, u, v, v, v, v, w, w, w, w, w, w, w, w, w, w, x, x, x, x, y, y, z, z, z, z,
        z, z, h, t, w, y, , s, , , ss, , a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, e, e,
        e, e, e, e, e, e, e, e, e, e, e, e, e, e, i, i, i, i, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o, o,
        o, o, o, o, o, u, u, u, u, u, u, u, u, u, u, u, u, u, u, y, y, y, y, y, y, y, y, , , , , ,
        """
}
