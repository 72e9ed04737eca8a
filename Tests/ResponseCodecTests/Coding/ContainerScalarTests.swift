import Testing

@testable import ResponseCodec

/// One member of every scalar type the keyed containers have a requirement for.
private struct Scalars: Codable, Equatable {
    var bool = true
    var string = "s"
    var double = 0.5
    var float: Float = 0.25
    var int = -1
    var int8: Int8 = -8
    var int16: Int16 = -16
    var int32: Int32 = -32
    var int64: Int64 = -64
    var int128: Int128 = -128
    var uint: UInt = 1
    var uint8: UInt8 = 8
    var uint16: UInt16 = 16
    var uint32: UInt32 = 32
    var uint64: UInt64 = 64
    var uint128: UInt128 = 128
}

/// The same scalars as the elements of one array, through the unkeyed containers' requirements.
private struct ScalarList: Codable, Equatable {
    var scalars = Scalars()

    init() {}

    func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        let s = scalars
        try container.encode(s.bool)
        try container.encode(s.string)
        try container.encode(s.double)
        try container.encode(s.float)
        try container.encode(s.int)
        try container.encode(s.int8)
        try container.encode(s.int16)
        try container.encode(s.int32)
        try container.encode(s.int64)
        try container.encode(s.int128)
        try container.encode(s.uint)
        try container.encode(s.uint8)
        try container.encode(s.uint16)
        try container.encode(s.uint32)
        try container.encode(s.uint64)
        try container.encode(s.uint128)
    }

    init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        scalars.bool = try container.decode(Bool.self)
        scalars.string = try container.decode(String.self)
        scalars.double = try container.decode(Double.self)
        scalars.float = try container.decode(Float.self)
        scalars.int = try container.decode(Int.self)
        scalars.int8 = try container.decode(Int8.self)
        scalars.int16 = try container.decode(Int16.self)
        scalars.int32 = try container.decode(Int32.self)
        scalars.int64 = try container.decode(Int64.self)
        scalars.int128 = try container.decode(Int128.self)
        scalars.uint = try container.decode(UInt.self)
        scalars.uint8 = try container.decode(UInt8.self)
        scalars.uint16 = try container.decode(UInt16.self)
        scalars.uint32 = try container.decode(UInt32.self)
        scalars.uint64 = try container.decode(UInt64.self)
        scalars.uint128 = try container.decode(UInt128.self)
    }
}

/// Every scalar type through the keyed and unkeyed containers' own requirements, both ways.
@Suite struct ContainerScalarTests {
    /// The members of ``Scalars`` as JSON.
    private static let object: JSONValue = [
        "bool": true, "string": "s", "double": 0.5, "float": 0.25, "int": -1, "int8": -8, "int16": -16,
        "int32": -32, "int64": -64, "int128": -128, "uint": 1, "uint8": 8, "uint16": 16, "uint32": 32,
        "uint64": 64, "uint128": 128,
    ]

    /// The elements of ``ScalarList`` as JSON.
    private static let array: JSONValue = [
        true, "s", 0.5, 0.25, -1, -8, -16, -32, -64, -128, 1, 8, 16, 32, 64, 128,
    ]

    /// Keyed: every type encodes and decodes.
    @Test func keyed() throws {
        #expect(try tree(Scalars()) == Self.object)
        #expect(try decode(Scalars.self, from: Self.object) == Scalars())
    }

    /// Unkeyed: every type encodes and decodes.
    @Test func unkeyed() throws {
        #expect(try tree(ScalarList()) == Self.array)
        #expect(try decode(ScalarList.self, from: Self.array) == ScalarList())
    }

    /// The 128-bit widths keep their range checks and pointers in both containers.
    @Test func wideIntegerFaults() {
        var scalars = Scalars()
        scalars.int128 = Int128(1) << 60
        #expect(encodeFault(scalars) == Fault(.numberOutOfRange, "/int128"))
        var list = ScalarList()
        list.scalars.uint128 = UInt128(1) << 60
        #expect(encodeFault(list) == Fault(.numberOutOfRange, "/15"))
        guard case .object(var object) = Self.object, case .array(var array) = Self.array else { return }
        object["uint128"] = -1
        #expect(decodeFault(Scalars.self, from: .object(object)) == Fault(.numberOutOfRange, "/uint128"))
        object["uint128"] = 1
        object["int128"] = 0.5
        #expect(decodeFault(Scalars.self, from: .object(object)) == Fault(.typeMismatch, "/int128"))
        array[9] = "x"
        #expect(decodeFault(ScalarList.self, from: .array(array)) == Fault(.typeMismatch, "/9"))
        array[9] = 1
        array[15] = 0x1p129
        #expect(decodeFault(ScalarList.self, from: .array(array)) == Fault(.numberOutOfRange, "/15"))
    }
}
