import Foundation
import ResponseCodec
import Testing

/// The rest of connect-eaas-core 38.0's response family: aliases, validation, transformations.
@Suite("Response family")
struct ResponseFamilyTests {
    private func encoded(_ response: ExtensionResponse) throws -> String {
        String(decoding: try WireFormat.encode(response), as: UTF8.self)
    }

    private func decode(_ json: String) throws(ResponseCodecError) -> ExtensionResponse {
        try WireFormat.decode(Array(json.utf8))
    }

    @Test("the alias classes are the types they extend, and write their kind")
    func aliases() throws {
        let processing: ProcessingResponse = try .reschedule(countdown: 60)
        let event: CustomEventResponse = try .done(body: "ok")
        let action: ProductActionResponse = try .fail(httpStatus: 409)
        #expect(
            try encoded(.background(processing))
                == #"{"countdown":60,"kind":"background","result":"reschedule"}"#)
        #expect(
            try encoded(.interactive(event))
                == #"{"body":"ok","http_status":200,"kind":"interactive","result":"success"}"#)
        #expect(
            try encoded(.interactive(action)) == #"{"http_status":409,"kind":"interactive","result":"fail"}"#)
    }

    @Test("validation derives the status and puts data in the body; null data is no body")
    func validation() throws {
        #expect(ValidationResponse.done(data: ["id": "PR-1"]) == (try .done(body: ["id": "PR-1"])))
        #expect(ValidationResponse.done(data: nil) == (try .done()))
        #expect(ValidationResponse.done(data: .null) == (try .done()))
        #expect(ValidationResponse.fail() == (try .fail()))
        let fail = ValidationResponse.fail(data: [1], output: "bad")
        #expect(fail == (try .fail(httpStatus: 400, body: [1], output: "bad")))
        #expect(fail.headers == nil)
    }

    @Test("transformation: done, fail and skip, with the output of fail and skip")
    func transformation() throws {
        #expect(try encoded(.transformation(.done())) == #"{"kind":"transformation","result":"success"}"#)
        #expect(try encoded(.transformation(.fail())) == #"{"kind":"transformation","result":"fail"}"#)
        #expect(
            try encoded(.transformation(.skip(output: "")))
                == #"{"kind":"transformation","output":"","result":"skip"}"#)
        #expect(
            try decode(#"{"kind":"transformation","output":"x","result":"fail"}"#)
                == .transformation(.fail(output: "x")))
        for json in [
            #"{"kind":"transformation","result":"reschedule"}"#,
            #"{"kind":"transformation","result":"delete"}"#,
        ] {
            let error = #expect(throws: ResponseCodecError.self) { try decode(json) }
            #expect(error?.code == .unknownResult)
        }
    }

    @Test("row transformation: fail carries its output, and no cells")
    func rowFail() throws {
        let failed = ExtensionResponse.rowTransformation(.fail(output: "Product not found"))
        let json = try encoded(failed)
        #expect(json == #"{"kind":"row_transformation","output":"Product not found","result":"fail"}"#)
        #expect(try decode(json) == failed)
        #expect(RowTransformationResponse.fail(output: "x").output == "x")
        #expect(RowTransformationResponse.skip().output == nil)
        #expect(try encoded(.rowTransformation(.fail())) == #"{"kind":"row_transformation","result":"fail"}"#)
        let withRow = #"{"kind":"row_transformation","result":"fail","transformed_row":{}}"#
        let error = #expect(throws: ResponseCodecError.self) { try decode(withRow) }
        #expect(error?.code == .unexpectedField)
        #expect(error?.pointer == "/transformed_row")
        #expect(error?.offset == 63)
    }

    @Test("row transformation: done with a row and styles, skip and delete")
    func rowTransformation() throws {
        let row: TransformedRow = ["id": "PRD-1", "price": 12.5, "active": true, "note": .null]
        let styles: RowStyles = ["price": ["number_format": "0.00"]]
        let done = ExtensionResponse.rowTransformation(.done(transformedRow: row, transformedRowStyles: styles))
        let json = try encoded(done)
        #expect(
            json
                == #"{"kind":"row_transformation","result":"success","transformed_row":{"active":true,"id":"PRD-1","#
                + #""note":null,"price":12.5},"transformed_row_styles":{"price":{"number_format":"0.00"}}}"#)
        #expect(try decode(json) == done)
        #expect(try encoded(.rowTransformation(.skip())) == #"{"kind":"row_transformation","result":"skip"}"#)
        #expect(
            try encoded(.rowTransformation(.delete())) == #"{"kind":"row_transformation","result":"delete"}"#)
    }

    @Test("no styles and empty styles are one state, written by omission; {} is not decoded")
    func stylesOneState() throws {
        let none = RowTransformationResponse.done(transformedRow: ["a": 1])
        #expect(none == .done(transformedRow: ["a": 1], transformedRowStyles: [:]))
        #expect(
            try encoded(.rowTransformation(none))
                == #"{"kind":"row_transformation","result":"success","transformed_row":{"a":1}}"#)
        let json =
            #"{"kind":"row_transformation","result":"success","transformed_row":{},"transformed_row_styles":{}}"#
        let error = #expect(throws: ResponseCodecError.self) { try decode(json) }
        #expect(error?.code == .invalidValue)
        #expect(error?.pointer == "/transformed_row_styles")
        #expect(error?.offset == 94)
    }

    @Test(
        "cells are scalars and styles are objects, by both decoders",
        arguments: [
            (
                #"{"kind":"row_transformation","result":"success","transformed_row":{"a":[1]}}"#,
                "/transformed_row/a"
            ),
            (#"{"kind":"row_transformation","result":"success","transformed_row":[]}"#, "/transformed_row"),
            (
                #"{"kind":"row_transformation","result":"success","transformed_row":{},"transformed_row_styles":{"a":"b"}}"#,
                "/transformed_row_styles/a"
            ),
        ])
    func memberTypes(_ json: String, _ pointer: String) throws {
        let strict = #expect(throws: ResponseCodecError.self) { try decode(json) }
        #expect(strict?.code == .typeMismatch)
        #expect(strict?.pointer == pointer)
        let foundation = #expect(throws: ResponseCodecError.self) {
            try JSONDecoder().decode(ExtensionResponse.self, from: Data(json.utf8))
        }
        #expect(foundation?.code == .typeMismatch)
        #expect(foundation?.pointer == pointer)
    }
}
