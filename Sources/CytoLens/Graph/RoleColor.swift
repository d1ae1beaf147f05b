/// The diverging color scale of tumor roles: red for pro-tumor, purple for mixed, blue for
/// anti-tumor, interpolated in RGB by the net role; light gray when a node has no claims.
public enum RoleColor {
    /// The color of a net role of +1.
    public static let proTumor = RGB(red: 178, green: 24, blue: 43)
    /// The color of a net role of 0 (pro and anti balance).
    public static let mixed = RGB(red: 118, green: 42, blue: 131)
    /// The color of a net role of −1.
    public static let antiTumor = RGB(red: 33, green: 102, blue: 172)
    /// The color of a node without claims.
    public static let noClaims = RGB(red: 217, green: 217, blue: 217)

    /// The fill color of a node with this role.
    public static func fill(for role: TumorRole) -> RGB {
        guard role.kind != .none else { return noClaims }
        let net = min(max(role.net, -1), 1)
        return net >= 0 ? mixed.blended(with: proTumor, by: net) : mixed.blended(with: antiTumor, by: -net)
    }

    /// A text color that reads well on `fill`: white on dark colors, black on light ones.
    public static func text(on fill: RGB) -> RGB {
        let luminance = 0.299 * Double(fill.red) + 0.587 * Double(fill.green) + 0.114 * Double(fill.blue)
        return luminance < 150 ? RGB(red: 255, green: 255, blue: 255) : RGB(red: 0, green: 0, blue: 0)
    }

    /// An sRGB color with 8-bit channels.
    public struct RGB: Sendable, Hashable {
        /// Red, 0–255.
        public var red: Int
        /// Green, 0–255.
        public var green: Int
        /// Blue, 0–255.
        public var blue: Int

        /// Creates a color.
        public init(red: Int, green: Int, blue: Int) {
            self.red = red
            self.green = green
            self.blue = blue
        }

        /// `#rrggbb`, lowercase.
        public var hex: String {
            "#"
                + [red, green, blue].map { channel in
                    let digits = String(min(max(channel, 0), 255), radix: 16)
                    return digits.count == 1 ? "0" + digits : digits
                }.joined()
        }

        /// The color a fraction `t` (0–1) of the way to `other`.
        func blended(with other: RGB, by t: Double) -> RGB {
            func mix(_ a: Int, _ b: Int) -> Int { Int((Double(a) + (Double(b) - Double(a)) * t).rounded()) }
            return RGB(red: mix(red, other.red), green: mix(green, other.green), blue: mix(blue, other.blue))
        }
    }
}
