-- Completed persons by profession and sex: enough held sessions attended (present 0 or late 1) and,
-- where the course has a pass mark, a post-test at or above it; a merged person counts once, as
-- who they were merged into.
SELECT e.profession_code, e.sex, count(DISTINCT COALESCE(t.merged_into_id, t.id))
FROM enrollment e
JOIN training_event ev ON ev.id = e.event_id AND ev.status <> 'cancelled'
JOIN course c ON c.id = ev.course_id
JOIN trainee t ON t.id = e.trainee_id
LEFT JOIN assessment_score p ON p.enrollment_id = e.id AND p.kind = 'post'
WHERE e.status = 'enrolled' AND (c.pass_mark IS NULL OR p.score >= c.pass_mark)
  AND (SELECT count(*) FROM attendance a JOIN training_session s ON s.id = a.session_id
       WHERE a.enrollment_id = e.id AND s.status <> 'cancelled' AND a.status IN (0, 1)) * 100
      >= c.min_attendance_percent * (SELECT count(*) FROM training_session s WHERE s.event_id = ev.id AND s.status <> 'cancelled')
GROUP BY 1, 2 ORDER BY 1, 2;
