-- A month of visits for every granted decision of one zone, written straight into visit_minutes as the
-- VisitScheduled and VisitDocumented consumers would leave them, so the reconciliation benchmark measures the
-- report and not the event path. Visits follow bench/decisions/prepare.py's five lines; about one in ten is not
-- documented yet, three in a hundred are cancelled, delivered minutes scatter around the plan.
-- psql -v zone=Leiranger -v from=2027-01-01 -v to=2027-01-31 -f visits.sql
SELECT setseed(0.1848);

INSERT INTO visit_minutes (visit_id, service_line_id, municipality_id, recipient_id, date, week_start,
                           planned_minutes, delivered_minutes, planned_at, cancelled_at, cancelled)
SELECT gen_random_uuid(), l.id, d.municipality_id, d.recipient_id, day::date, date_trunc('week', day)::date,
       l.minutes_per_visit,
       CASE WHEN random() < 0.1 THEN NULL ELSE greatest(0, l.minutes_per_visit + (random() * 12 - 7)::int) END,
       now(), NULL, random() < 0.03
FROM decisions d
JOIN recipients r ON r.id = d.recipient_id
JOIN service_lines l ON l.decision_id = d.id
CROSS JOIN generate_series(:'from'::date, :'to'::date, interval '1 day') AS day
CROSS JOIN LATERAL generate_series(1, CASE l.service_code WHEN 'medication' THEN 3 ELSE 1 END) AS round
WHERE r.zone = :'zone' AND d.status = 'Granted'
  AND (l.service_code IN ('personal_care', 'medication')
       OR (l.service_code = 'shower' AND extract(isodow FROM day) = 4)
       OR (l.service_code = 'cleaning' AND extract(isodow FROM day) = 2 AND extract(week FROM day)::int % 2 = 0)
       OR (l.service_code = 'supervisory_visit' AND extract(isodow FROM day) IN (6, 7)));

ANALYZE visit_minutes;
SELECT count(*) AS visits FROM visit_minutes;
