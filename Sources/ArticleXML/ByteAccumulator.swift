/// A growing run of bytes in memory the builder manages itself, for the character data of a parse:
/// an append is a capacity check and a copy, where an `Array`'s generic `append(contentsOf:)`
/// costs several times that on the hundred thousand short runs libxml2 reports per document.
///
/// The owner calls ``deallocate()`` once; ``bytes`` copies the content out as an array.
struct ByteAccumulator {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The number of bytes held.
    private(set) var count = 0

    /// Empty, with room for `capacity` bytes before it grows.
    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        storage = .allocate(capacity: self.capacity)
    }

    /// Appends `length` bytes from `start`.
    @inline(__always)
    mutating func append(_ start: UnsafePointer<UInt8>, count length: Int) {
        if count + length > capacity { grow(toHold: count + length) }
        (storage + count).update(from: start, count: length)
        count += length
    }

    /// Appends the bytes of a buffer.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress else { return }
        append(start, count: bytes.count)
    }

    /// Appends the UTF-8 bytes of a string.
    mutating func append(_ string: String) {
        var string = string
        string.withUTF8 { append($0) }
    }

    /// Drops the bytes from `index` on.
    mutating func truncate(to index: Int) {
        count = min(count, index)
    }

    /// The bytes held, copied into an array.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: count)) }

    /// Frees the memory; the accumulator must not be used after.
    func deallocate() {
        storage.deallocate()
    }

    private mutating func grow(toHold needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newStorage = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStorage.update(from: storage, count: count)
        storage.deallocate()
        storage = newStorage
        capacity = newCapacity
    }
}
