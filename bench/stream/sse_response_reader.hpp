// Incremental reader of one HTTP/1.1 response that carries a Server-Sent
// Events stream, for the streaming load client (stream_client.cpp).
//
// Bytes are fed as they come off the socket, in any split. The reader parses
// the status line and the headers it needs (Transfer-Encoding,
// Content-Length, Connection), undoes chunked framing, cuts the body into
// lines and hands every `data:` payload to the caller. It is deliberately
// not a general HTTP client: no 1xx, no trailers kept, no compression; a
// response it cannot frame is a protocol error, which the benchmark counts
// as a failed stream rather than guessing.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace switchyard::bench {

class SseResponseReader {
 public:
  // Called once per `data:` line with its payload (one leading space
  // stripped); return false to stop reading (the response is then failed).
  struct Sink {
    virtual ~Sink() = default;
    virtual bool on_data(std::string_view payload) = 0;
  };

  enum class Result { more, complete, failed };

  // Makes the reader ready for the next response on the same connection.
  void reset();
  // Feeds bytes. `complete` once the response's body has fully arrived (a
  // close-delimited body completes only through finish_at_eof()).
  Result feed(std::string_view bytes, Sink& sink);
  // The peer closed the connection: `complete` if that ends a close-delimited
  // body, else `failed` (the response was cut).
  Result finish_at_eof(Sink& sink);

  bool head_done() const { return phase_ != Phase::head; }
  unsigned status() const { return status_; }
  // Whether the connection may carry another request after this response.
  bool keep_alive() const { return keep_alive_; }
  const std::string& error() const { return error_; }

 private:
  enum class Phase { head, chunk_size, chunk_data, chunk_data_end, trailers, body, done, failed };
  enum class Framing { chunked, length, close };

  Result fail(std::string why);
  bool parse_head(std::string_view head);
  // Body bytes after framing is undone: split into lines, data lines to the sink.
  bool body_bytes(std::string_view bytes, Sink& sink);

  Phase phase_ = Phase::head;
  Framing framing_ = Framing::close;
  unsigned status_ = 0;
  bool keep_alive_ = false;
  std::uint64_t remaining_ = 0;  // of the current chunk, or of a Content-Length body
  std::string buf_;              // head, a chunk-size or trailer line being assembled
  std::string line_;             // the SSE line being assembled
  std::string error_;
};

}  // namespace switchyard::bench
