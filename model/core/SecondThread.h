// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <condition_variable>
#include <exception>
#include <memory>
#include <mutex>
#include <system_error>
#include <thread>
#include <utility>

namespace Fd {

/// Whether work that can be shared goes to a SecondThread: Auto when there is enough of it to
/// gain (each user decides how much is enough), On and Off force either way (tests compare them;
/// FOREMAST_DESIGNER_THREADS sets it from the command line).
enum class SecondThreadUse { Auto, Off, On };

/// Work offered to a second thread, which the caller never waits for to *start*. On this class of
/// virtual machine a new thread may first run milliseconds later (measured: 0.02–4 ms under load),
/// while the work it could take is a millisecond or two; so the caller does its own share and, when
/// it is done, finish() waits only for work the thread has actually begun. If the thread starts
/// after that, it returns without running the work: `work` must only touch what the caller keeps
/// alive until finish() returns, and only after it has started. The thread is detached; what it
/// shares with the caller (the flags below) is owned jointly, so it may outlive the caller safely.
class SecondThread
{
public:
    template <typename Work>
    explicit SecondThread(Work work) : m_state(std::make_shared<State>())
    {
        // Without a thread (the system refused one) the caller simply does all the work.
        try {
            start(std::move(work));
        } catch (const std::system_error &) {
        }
    }
    ~SecondThread() { wait(); }
    SecondThread(const SecondThread &) = delete;
    SecondThread &operator=(const SecondThread &) = delete;

    /// Waits for the work if the thread has begun it (everything it wrote is then visible here),
    /// else makes sure it never will; rethrows what the work threw.
    void finish()
    {
        if (std::exception_ptr failure = wait())
            std::rethrow_exception(failure);
    }

private:
    template <typename Work>
    void start(Work work)
    {
        std::thread([state = m_state, work = std::move(work)]() mutable {
            {
                const std::lock_guard<std::mutex> lock(state->mutex);
                if (state->finished)
                    return;
                state->running = true;
            }
            try {
                work();
            } catch (...) {
                state->failure = std::current_exception();
            }
            {
                const std::lock_guard<std::mutex> lock(state->mutex);
                state->running = false;
            }
            state->ended.notify_all();
        }).detach();
    }

    struct State
    {
        std::mutex mutex;
        std::condition_variable ended;
        bool finished = false;
        bool running = false;
        std::exception_ptr failure;
    };

    std::exception_ptr wait()
    {
        std::unique_lock<std::mutex> lock(m_state->mutex);
        m_state->finished = true;
        m_state->ended.wait(lock, [this]() { return !m_state->running; });
        return std::exchange(m_state->failure, nullptr);
    }

    std::shared_ptr<State> m_state;
};

} // namespace Fd
