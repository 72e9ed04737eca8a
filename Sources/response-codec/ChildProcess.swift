#if canImport(Glibc)
    import Glibc
#else
    import Darwin
#endif

/// A program run with `/bin/sh -c`: its stdin and stdout on pipes this process holds, its stderr
/// this process's own (so what it writes there passes through as it comes), and in a process
/// group of its own, so that ending it also ends what it started.
///
/// Every wait has a deadline, and a child that closes its end of a pipe is an outcome, not a
/// signal: creating one ignores `SIGPIPE` in this process (the child gets the default back).
final class ChildProcess {
    /// How the child ended.
    enum Termination: Hashable, CustomStringConvertible {
        /// It exited with this status.
        case exited(Int32)
        /// A signal ended it.
        case signaled(Int32)

        /// `exited with status N` or `was killed by signal N`.
        var description: String {
            switch self {
            case .exited(let status): "exited with status \(status)"
            case .signaled(let signal): "was killed by signal \(signal)"
            }
        }
    }

    /// What a write or a read came to.
    enum Outcome: Hashable {
        /// Done (a write), or bytes arrived (a read).
        case ready
        /// The child closed its stdin (or exited) before taking every byte.
        case inputClosed
        /// The child closed its stdout (or exited).
        case endOfOutput
        /// The deadline passed first.
        case timedOut
    }

    /// The child's process id, also its process group id.
    let pid: pid_t
    /// The write end of the child's stdin, non-blocking; -1 once closed.
    private var input: Int32
    /// The read end of the child's stdout.
    private let output: Int32
    /// How it ended, once it was waited for.
    private(set) var termination: Termination?

    /// Starts `/bin/sh -c command`.
    init(shellCommand command: String) throws(ChildProcessError) {
        signal(SIGPIPE, SIG_IGN)
        var toChild: [Int32] = [-1, -1]
        var fromChild: [Int32] = [-1, -1]
        guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else {
            throw ChildProcessError("cannot create a pipe (errno \(errno))")
        }
        for fd in toChild + fromChild { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaultSignals = sigset_t()
        sigemptyset(&defaultSignals)
        sigaddset(&defaultSignals, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let words: [String] = ["/bin/sh", "-c", command]
        let arguments = words.map { strdup($0) } + [nil]
        defer { for argument in arguments { free(argument) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, "/bin/sh", &actions, &attributes, arguments, environ)
        close(toChild[0])
        close(fromChild[1])
        guard status == 0 else {
            close(toChild[1])
            close(fromChild[0])
            throw ChildProcessError("cannot start /bin/sh (error \(status))")
        }
        self.pid = pid
        input = toChild[1]
        output = fromChild[0]
        _ = fcntl(input, F_SETFL, fcntl(input, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        if termination == nil {
            kill(-pid, SIGKILL)
            var status: Int32 = 0
            _ = waitpid(pid, &status, 0)
        }
        closeInput()
        close(output)
    }

    /// Writes all of `bytes` to the child's stdin by `deadline`, reading its stdout meanwhile
    /// into `received`, so that a child writing while it reads cannot block either side.
    func writeAll(
        _ bytes: [UInt8], until deadline: ContinuousClock.Instant, receiving received: inout [UInt8]
    )
        -> Outcome
    {
        var sent = 0
        while sent < bytes.count {
            guard input >= 0 else { return .inputClosed }
            var fds = [
                pollfd(fd: input, events: Int16(POLLOUT), revents: 0),
                pollfd(fd: output, events: Int16(POLLIN), revents: 0),
            ]
            guard Self.waitForReady(&fds, until: deadline) else { return .timedOut }
            if fds[1].revents != 0, readAvailable(into: &received) == .endOfOutput { return .endOfOutput }
            guard fds[0].revents != 0 else { continue }
            let count = bytes[sent...].withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
            if count > 0 {
                sent += count
            } else if count < 0 && errno != EAGAIN && errno != EINTR {
                return .inputClosed  // EPIPE: the child closed its stdin or exited
            }
        }
        return .ready
    }

    /// Reads what the child writes to its stdout into `received`, waiting until `deadline`.
    func readSome(until deadline: ContinuousClock.Instant, into received: inout [UInt8]) -> Outcome {
        var fds = [pollfd(fd: output, events: Int16(POLLIN), revents: 0)]
        guard Self.waitForReady(&fds, until: deadline) else { return .timedOut }
        return readAvailable(into: &received)
    }

    /// Closes the child's stdin: it sees the end of its input.
    func closeInput() {
        if input >= 0 { close(input) }
        input = -1
    }

    /// Waits until the child has ended or `deadline` has passed; `nil` if it is still running.
    func wait(until deadline: ContinuousClock.Instant) -> Termination? {
        while termination == nil {
            var status: Int32 = 0
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid {
                let signal = status & 0x7F
                termination = signal == 0 ? .exited((status >> 8) & 0xFF) : .signaled(signal)
            } else if result < 0 && errno != EINTR {
                termination = .signaled(SIGKILL)  // not our child any more: nothing to wait for
            } else if ContinuousClock.now >= deadline {
                return nil
            } else {
                usleep(5_000)
            }
        }
        return termination
    }

    /// Ends the child: closes its stdin, sends `SIGTERM` to its process group, and `SIGKILL` if
    /// it is still running after `grace`. Whatever else is left in the group is killed too.
    @discardableResult
    func terminate(grace: Duration) -> Termination {
        closeInput()
        if termination == nil {
            kill(-pid, SIGTERM)
            if wait(until: .now + grace) == nil { kill(-pid, SIGKILL) }
        }
        let ended = wait(until: .now + .seconds(10)) ?? .signaled(SIGKILL)
        kill(-pid, SIGKILL)
        return ended
    }

    /// Reads once; the caller knows the descriptor is readable, so this does not block.
    private func readAvailable(into received: inout [UInt8]) -> Outcome {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let count = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
        if count > 0 {
            received.append(contentsOf: chunk[..<count])
            return .ready
        }
        return count < 0 && (errno == EINTR || errno == EAGAIN) ? .ready : .endOfOutput
    }

    /// poll(2) until a descriptor of `fds` is ready; `false` when `deadline` passed first.
    private static func waitForReady(_ fds: inout [pollfd], until deadline: ContinuousClock.Instant) -> Bool {
        while true {
            let remaining = ContinuousClock.now.duration(to: deadline)
            guard remaining > .zero else { return false }
            let (seconds, attoseconds) = remaining.components
            let milliseconds = Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1)
            let ready = poll(&fds, nfds_t(fds.count), milliseconds)
            if ready > 0 || (ready < 0 && errno != EINTR) { return true }
        }
    }
}

/// A child process that could not be started.
struct ChildProcessError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) { self.description = description }
}
