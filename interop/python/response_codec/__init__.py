"""The Python testee of the ResponseCodec conformance suite.

Encoding runs the real factories of ``connect-eaas-core`` (the reference runtime); decoding,
verifying and canonicalizing use this package's own strict parser, which reproduces the error
codes, JSON Pointers and byte offsets of ``spec/response-format.md`` §6. Canonical bytes come from
``rfc8785``.
"""
