/// The whole `cadre` command tree, noun first, then verb: `cadre course import`.
enum CommandTree {
    static let root = Command(
        name: "cadre",
        abstract: "Plan, run and report trainings for professionals who prevent domestic violence.",
        discussion: """
            Cadre keeps curricula, courses, training events, trainees, attendance, assessments and
            certificates in one SQLite file (a centre's laptop) or in a PostgreSQL database (the
            ministry's server, several 'cadre serve' on it), and writes printable HTML pages.
            """,
        options: [CommonOptions.database],
        subcommands: [
            DemoCommand.command,
            InitCommand.command,
            MaintenanceCommands.backup,
            MaintenanceCommands.restore,
            MaintenanceCommands.doctor,
            CopyCommand.command,
            CourseCommands.command,
            QuestionnaireCommands.command,
            FeedbackCommands.command,
            FollowUpCommands.command,
            TraineeCommands.command,
            PlaceCommands.centre,
            PlaceCommands.venue,
            PlaceCommands.trainer,
            PlaceCommands.holiday,
            BrandingCommands.branding,
            ServeCommand.command,
            UserCommands.user,
            EventCommands.command,
            SessionCommands.command,
            ScheduleImportCommands.enrollment,
            TimetableCommand.command,
            AttendanceCommands.command,
            AttendanceCommands.completion,
            AssessmentCommands.command,
            CertificateCommands.command,
            ReportCommands.command,
            SiteCommand.command,
            SheetCommand.command,
            TemplatesCommand.command,
            SessionCommands.check,
            ReferenceCommands.professions,
            ReferenceCommands.regions,
        ])
}
