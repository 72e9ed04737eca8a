// The bench's limit rows: simdjson's DOM parse and minify, timed on one document for
// `response-codec-bench --peers`, one round at a time on request, with the line protocol of
// peers.py (see there):
//
//     simdjson-helper DOCUMENT.json
//
// prints {"versions": ..., "operations": [...], "notes": [...]} on one line, then answers
// `warm OPERATION DURATION_NS MINIMUM_NS` and `round OPERATION MINIMUM_NS`. The operations:
//     simdjson.parse   dom::parser::parse of the document into a reused parser (its DOM)
//     simdjson.minify  simdjson::minify of the document into a reused buffer
// Built by build-simdjson-helper.sh against Debian's libsimdjson-dev.
#include <simdjson.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

uint64_t now() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: simdjson-helper DOCUMENT.json\n");
        return 2;
    }
    simdjson::padded_string json;
    if (auto error = simdjson::padded_string::load(argv[1]).get(json)) {
        std::fprintf(stderr, "simdjson-helper: %s: %s\n", argv[1], simdjson::error_message(error));
        return 1;
    }
    simdjson::dom::parser parser;
    std::vector<char> minified(json.size() + simdjson::SIMDJSON_PADDING);
    uint64_t sink = 0;
    // Each runs its operation `count` times: one indirect call per round, none per operation.
    std::map<std::string, std::function<void(uint64_t)>> operations = {
        {"simdjson.parse",
         [&](uint64_t count) {
             for (uint64_t index = 0; index < count; ++index) {
                 simdjson::dom::element root;
                 auto error = parser.parse(json).get(root);
                 sink += error ? 1 : static_cast<uint64_t>(root.type());
             }
         }},
        {"simdjson.minify",
         [&](uint64_t count) {
             for (uint64_t index = 0; index < count; ++index) {
                 size_t length = 0;
                 auto error = simdjson::minify(json.data(), json.size(), minified.data(), length);
                 sink += error ? 1 : length;
             }
         }},
    };

    std::string notes;
    simdjson::dom::element root;
    if (auto error = parser.parse(json).get(root)) {
        std::fprintf(stderr, "simdjson-helper: parse: %s\n", simdjson::error_message(error));
        return 1;
    }
    size_t length = 0;
    if (simdjson::minify(json.data(), json.size(), minified.data(), length) != simdjson::SUCCESS ||
        std::string(minified.data(), length) != std::string(json.data(), json.size())) {
        notes = "\"simdjson::minify output differs from the canonical document\"";
    }
    std::printf(
        "{\"versions\": {\"simdjson\": \"%s\", \"simdjson implementation\": \"%s\"}, "
        "\"operations\": [\"simdjson.minify\", \"simdjson.parse\"], \"notes\": [%s]}\n",
        SIMDJSON_STRINGIFY(SIMDJSON_VERSION), simdjson::get_active_implementation()->name().c_str(), notes.c_str());
    std::fflush(stdout);

    std::map<std::string, uint64_t> perRound;
    std::string line;
    while (std::getline(std::cin, line)) {
        std::istringstream words(line);
        std::string command, name;
        uint64_t first = 0, second = 0;
        words >> command >> name >> first;
        if (command.empty()) continue;
        auto found = operations.find(name);
        if (found == operations.end() || (command != "warm" && command != "round")) {
            std::printf("error: unknown command '%s'\n", line.c_str());
            std::fflush(stdout);
            continue;
        }
        auto& operation = found->second;
        if (command == "warm") {
            words >> second;
            uint64_t start = now(), count = 0;
            do {
                operation(1);
                ++count;
            } while (now() - start < first);
            double estimate = double(now() - start) / double(count);
            perRound[name] = std::max<uint64_t>(1, uint64_t(double(second) / estimate) + 1);
            std::printf("%llu\n", static_cast<unsigned long long>(perRound[name]));
        } else {
            uint64_t count = perRound[name] ? perRound[name] : 1;
            uint64_t start = now();
            operation(count);
            uint64_t elapsed = now() - start;
            if (elapsed < first) {
                double factor = 1.2 * double(first) / double(elapsed ? elapsed : 1);
                perRound[name] = uint64_t(double(count) * factor) + 1;
                std::printf("short\n");
            } else {
                std::printf("%.3f\n", double(elapsed) / double(count));
            }
        }
        std::fflush(stdout);
    }
    std::fprintf(stderr, "%llu\n", static_cast<unsigned long long>(sink & 1));
    return 0;
}
