# top.py <speedscope.json> [n=70]: the busiest frames of a dotnet-trace sample (trace.sh), inclusive and self,
# as shares of the samples whose leaf is not a wait.
import json, sys, collections
d = json.load(open(sys.argv[1]))
frames = [f['name'] for f in d['shared']['frames']]
idle = ('WaitHandle', 'LowLevelLifoSemaphore', 'Thread.Sleep', 'Monitor.Wait', 'WaitForSignal', 'SemaphoreSlim.Wait',
        'LowLevelSpinWaiter', 'epoll_wait', 'SocketAsyncEngine.EventLoop', 'WaitOne', 'ManualResetEventSlim.Wait', 'WaitForSocketEvents', 'TimerQueue', 'GateThread', 'UNMANAGED_CODE_TIME', 'Thread.Join')
incl = collections.Counter(); mod = collections.Counter(); self_ = collections.Counter(); busy = 0.0
for p in d['profiles']:
    stack = []; last = None
    for e in p.get('events', []):
        t = e['at']
        if last is not None and stack:
            dt = t - last
            names = [frames[i] for i in stack]
            if not any(any(s in n for s in idle) for n in names[-3:]):
                leaf = names[-2] if names[-1] in ('CPU_TIME',) and len(names)>1 else names[-1]
                busy += dt; self_[leaf] += dt; mod[leaf.split('!')[0]] += dt
                for n in set(names): incl[n] += dt
        last = t
        if e['type'] == 'O': stack.append(e['frame'])
        else:
            if stack: stack.pop()
print(f"busy ms {busy:.0f}")
print("== inclusive ==")
for n, w in incl.most_common(int(sys.argv[2]) if len(sys.argv) > 2 else 70):
    print(f"{100*w/busy:5.1f}%  {n[:170]}")
print("== self ==")
for n, w in mod.most_common(25):
    print(f"{100*w/busy:5.1f}%  module {n}")
for n, w in self_.most_common(60):
    print(f"{100*w/busy:5.1f}%  {n[:170]}")
