#!/usr/bin/env python3
"""Checks a Mankowska solution JSON against the instance file, sharing no code with the planner.

usage: verify_solution.py <instance.txt> <solution.json>
Prints (D + T + Tmax) / 3 recomputed from the routes, the reported objective and any violation:
service not requested, caregiver not qualified, start before arrival or before e, a missing service,
both halves of a double service by one caregiver, or a gap outside [mind, maxd].
"""
import json,sys
def parse(path):
    toks=open(path).read().split()
    keys=["nbNodes","nbVehi","nbServi","r","DS","a","x","y","d","p","mind","maxd","e","l"]
    sec={};cur=None
    for t in toks:
        if t in keys: cur=t; sec[t]=[]
        else: sec[cur].append(float(t))
    return sec
inst,sol=sys.argv[1],sys.argv[2]
s=parse(inst); n=int(s["nbNodes"][0]); V=int(s["nbVehi"][0]); S=int(s["nbServi"][0])
d=lambda i,j:s["d"][i*n+j]
r=lambda i,k:s["r"][i*S+k-1]>0.5
a=lambda v,k:s["a"][v*S+k-1]>0.5
p=lambda i,v,k:s["p"][(i*V+v)*S+k-1]
J=json.load(open(sol))
D=0;T=0;Tmax=0;seen={};eps=1e-6;bad=[]
for route in J["routes"]:
    v=route["caregiver"];loc=0;t=0.0
    for vis in route["visits"]:
        i,k,st=vis["node"],vis["service"],vis["start"]
        if not r(i,k): bad.append(("notrequested",i,k))
        if not a(v,k): bad.append(("skill",v,k))
        arr=t+d(loc,i)
        if st<arr-eps or st<s["e"][i]-eps: bad.append(("time",i,k,st,arr))
        z=max(0,st-s["l"][i]);T+=z;Tmax=max(Tmax,z);D+=d(loc,i)
        seen[(i,k)]=(v,st);loc=i;t=st+p(i,v,k)
    D+=d(loc,n-1)
for i in range(1,n-1):
    ks=[k for k in range(1,S+1) if r(i,k)]
    for k in ks:
        if (i,k) not in seen: bad.append(("missing",i,k))
    if len(ks)==2:
        (v1,s1),(v2,s2)=seen[(i,ks[0])],seen[(i,ks[1])]
        if v1==v2: bad.append(("samecg",i))
        g=s2-s1
        if not (s["mind"][i]-eps<=g<=s["maxd"][i]+eps): bad.append(("gap",i,g))
print("objective",round((D+T+Tmax)/3,6),"reported",J["objective"],"D",round(D,6),"T",round(T,6),"Tmax",round(Tmax,6),"violations",bad[:5])
sys.exit(1 if bad or abs((D+T+Tmax)/3-J["objective"])>1e-4 else 0)
