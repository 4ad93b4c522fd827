import { Center, Loader } from '@mantine/core'
import { lazy, Suspense } from 'react'
import { Navigate, Route, Routes } from 'react-router'
import { EventPage } from './pages/EventPage'
import { EventsPage } from './pages/EventsPage'
import { FollowUpsPage } from './pages/FollowUpsPage'
import { NotFoundPage } from './pages/NotFoundPage'
import { PeoplePage } from './pages/PeoplePage'
import { PersonPage } from './pages/PersonPage'
import { TimelinePage } from './pages/TimelinePage'

// Pages with heavy dependencies (charts, import parsers, print layout) load when first opened,
// so the timeline, the page people see first, starts with a smaller bundle.
const CheatSheetPage = lazy(() => import('./pages/CheatSheetPage').then((m) => ({ default: m.CheatSheetPage })))
const ImportPage = lazy(() => import('./pages/ImportPage').then((m) => ({ default: m.ImportPage })))
const ReviewPage = lazy(() => import('./pages/ReviewPage').then((m) => ({ default: m.ReviewPage })))
const ReviewHistoryPage = lazy(() => import('./pages/review/ReviewHistoryPage').then((m) => ({ default: m.ReviewHistoryPage })))
const ReviewSummaryPage = lazy(() => import('./pages/review/ReviewSummaryPage').then((m) => ({ default: m.ReviewSummaryPage })))
const SettingsPage = lazy(() => import('./pages/SettingsPage').then((m) => ({ default: m.SettingsPage })))
const ReferralsPage = lazy(() => import('./pages/ReferralsPage').then((m) => ({ default: m.ReferralsPage })))

export function AppRoutes() {
  return (
    <Suspense
      fallback={
        <Center py="xl" aria-busy="true">
          <Loader aria-label="Loading the page" />
        </Center>
      }
    >
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
    </Suspense>
  )
}
