import { Navigate, Route, Routes } from 'react-router'
import { CheatSheetPage } from './pages/CheatSheetPage'
import { EventPage } from './pages/EventPage'
import { EventsPage } from './pages/EventsPage'
import { FollowUpsPage } from './pages/FollowUpsPage'
import { NotFoundPage } from './pages/NotFoundPage'
import { PeoplePage } from './pages/PeoplePage'
import { PersonPage } from './pages/PersonPage'
import { ReviewPage } from './pages/ReviewPage'
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
      <Route path="/review" element={<ReviewPage />} />
      <Route path="/settings" element={<SettingsPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  )
}
