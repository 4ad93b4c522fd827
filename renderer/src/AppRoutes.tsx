import { Navigate, Route, Routes } from 'react-router'
import { CheatSheetPage } from './pages/CheatSheetPage'
import { EventPage } from './pages/EventPage'
import { EventsPage } from './pages/EventsPage'
import { FollowUpsPage } from './pages/FollowUpsPage'
import { ImportPage } from './pages/ImportPage'
import { NotFoundPage } from './pages/NotFoundPage'
import { PeoplePage } from './pages/PeoplePage'
import { PersonPage } from './pages/PersonPage'
import { ReferralsPage } from './pages/ReferralsPage'
import { ReviewPage } from './pages/ReviewPage'
import { ReviewHistoryPage } from './pages/review/ReviewHistoryPage'
import { ReviewSummaryPage } from './pages/review/ReviewSummaryPage'
import { SettingsPage } from './pages/SettingsPage'
import { TimelinePage } from './pages/TimelinePage'

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<Navigate to="/timeline" replace />} />
      <Route path="/timeline" element={<TimelinePage />} />
      <Route path="/people" element={<PeoplePage />} />
      <Route path="/people/:id" element={<PersonPage />} />
      <Route path="/events" element={<EventsPage />} />
      <Route path="/events/:id" element={<EventPage />} />
      <Route path="/events/:id/cheat-sheet" element={<CheatSheetPage />} />
      <Route path="/followups" element={<FollowUpsPage />} />
      <Route path="/referrals" element={<ReferralsPage />} />
      <Route path="/review" element={<ReviewPage />} />
      <Route path="/review/history" element={<ReviewHistoryPage />} />
      <Route path="/review/:weekStart/summary" element={<ReviewSummaryPage />} />
      <Route path="/import" element={<ImportPage />} />
      <Route path="/settings" element={<SettingsPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  )
}
